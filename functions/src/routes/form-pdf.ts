import type { RouteDefinition } from '../platform/route-table.js';

/** The form-pdf routes (see ../routes.ts). */
export const formPdfRoutes = [
  {
    id: 'form-pdf.get',
    method: 'GET',
    path: '/api/services/{code}/form.pdf',
    // Its own function: anonymous callers never run code that holds personal-data grants.
    group: 'form-pdf',
    access: { public: true },
    summary: "An item's application form as PDF: blank, or the filled sample (mode=blank|sample, lang=zh|en)",
  },
] as const satisfies readonly RouteDefinition[];
