import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webDir, '..');

// Headers that do not depend on runtime configuration. The Content-Security-Policy (a nonce per response, and
// upload and identity-provider origins that differ per stage) and HSTS (https only) are set in proxy.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

// The route table's groups (functions/src/routes/<group>.ts), which routes.ts imports NodeNext-style.
const routeGroupAliases = Object.fromEntries(
  readdirSync(path.join(repoRoot, 'functions/src/routes'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`./routes/${file.replace(/\.ts$/, '.js')}`, `../functions/src/routes/${file}`]),
);

const nextConfig: NextConfig = {
  output: 'standalone',
  outputFileTracingRoot: repoRoot,
  turbopack: {
    root: repoRoot,
    // The API's modules import each other NodeNext-style (`./roles.js` for `./roles.ts`); Turbopack does not
    // map those, so the ones the portal's forms share are named here.
    resolveAlias: {
      '../platform/roles.js': '../functions/src/platform/roles.ts',
      // The route table (functions/src/routes.ts): the staff navigation shows what each role's routes admit.
      './platform/roles.js': '../functions/src/platform/roles.ts',
      // The machine clients' scopes the data sharing routes admit (routes/data-sharing.ts).
      '../platform/machine-scopes.js': '../functions/src/platform/machine-scopes.ts',
      '../platform/personal-data/resident-id.js': '../functions/src/platform/personal-data/resident-id.ts',
      '../platform/personal-data/resident-id-rules.js': '../functions/src/platform/personal-data/resident-id-rules.ts',
      './resident-id-rules.js': '../functions/src/platform/personal-data/resident-id-rules.ts',
      './outcomes.js': '../functions/src/workitems/outcomes.ts',
      // The outlet map's district outline (functions/src/outlets/geojson.ts) and the outlets it imports.
      './stations.js': '../functions/src/outlets/stations.ts',
      // The case model's form answers (cases/model.ts), shared by the application and correction forms.
      '../forms/model.js': '../functions/src/forms/model.ts',
      // The form fields' types without zod (forms/model.ts re-exports them).
      './field-types.js': '../functions/src/forms/field-types.ts',
      // The catalog model (catalog/model.ts): the catalog editor checks drafts with the API's own schema.
      './taxonomy.js': '../functions/src/catalog/taxonomy.ts',
      // The official documents' figures in supervision (supervision/documents-model.ts): the documents' vocabularies
      // and the joint figures' time shape.
      '../official-documents/model.js': '../functions/src/official-documents/model.ts',
      // The same model's receipt steps (收文) and the text fields both check.
      './receipt-model.js': '../functions/src/official-documents/receipt-model.ts',
      './document-text.js': '../functions/src/official-documents/document-text.ts',
      './joint-model.js': '../functions/src/supervision/joint-model.ts',
      // The data sharing figures in supervision (supervision/sharing-model.ts): the requests' statuses.
      '../data-sharing/request-model.js': '../functions/src/data-sharing/request-model.ts',
      // The one clock, which resident-id-rules.ts reads for "today" (dates of birth, certificates).
      '../clock.js': '../functions/src/platform/clock.ts',
      // The same clock as the portal's signed viewer assertion (platform/viewer-assertion.ts) names it.
      '../platform/clock.js': '../functions/src/platform/clock.ts',
      // The registries' model (registries/model.ts): credit codes and the district's streets.
      './credit-code.js': '../functions/src/registries/credit-code.ts',
      './geography.js': '../functions/src/registries/geography.ts',
      // The same, as the identity model (credit codes of entity bindings) and registry prefill (street names) name them.
      '../registries/model.js': '../functions/src/registries/model.ts',
      '../registries/geography.js': '../functions/src/registries/geography.ts',
      // The mailbox's topics and types (letters/routing.ts), which the letter form checks with letters/model.ts.
      './routing.js': '../functions/src/letters/routing.ts',
      // The same, as supervision's letter figures (supervision/letters-model.ts) name it.
      '../letters/routing.js': '../functions/src/letters/routing.ts',
      // The case model's timeline codes (cases/model.ts re-exports them from a zod-free module).
      './timeline-events.js': '../functions/src/cases/timeline-events.ts',
      // A letter about a service item (letters/model.ts) checks its code and department with the catalog's.
      '../catalog/model.js': '../functions/src/catalog/model.ts',
      '../catalog/taxonomy.js': '../functions/src/catalog/taxonomy.ts',
      // The grid's categories, which the grid model (grid/model.ts) checks event categories against.
      './categories.js': '../functions/src/grid/categories.ts',
      // Supervision's grid figures (supervision/grid-model.ts) check categories and statuses against the grid's.
      '../grid/categories.js': '../functions/src/grid/categories.ts',
      '../grid/model.js': '../functions/src/grid/model.ts',
      './audiences.js': '../functions/src/routes/audiences.ts',
      // One-window relief (/relief): its request schemas (relief/model.ts) and the programs they list.
      '../cases/model.js': '../functions/src/cases/model.ts',
      './household.js': '../functions/src/relief/household.ts',
      './programs.js': '../functions/src/relief/programs.ts',
      ...routeGroupAliases,
    },
  },
  poweredByHeader: false,
  experimental: {
    // Without script an application posts its files with the form (the server action uploads them); with
    // script they go to storage directly and the post stays small. 10 MB is also the proxy's body limit.
    serverActions: { bodySizeLimit: '10mb' },
  },
  // The proxy then sees the URL the server was started with (HOSTNAME:PORT) instead of `localhost:PORT`;
  // otherwise, with HOSTNAME=127.0.0.1, next-intl's rewrites look cross-origin and loop back through the proxy.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
