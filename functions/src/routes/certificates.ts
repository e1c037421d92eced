import type { RouteDefinition } from '../platform/route-table.js';

/** The certificates routes (see ../routes.ts). */
export const certificatesRoutes = [
  {
    id: 'certificates.listMine',
    method: 'GET',
    path: '/api/me/certificates',
    group: 'certificates',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'My e-certificates (电子证照) with their status and signed credential, newest first',
  },
  {
    id: 'certificates.getMine',
    method: 'GET',
    path: '/api/me/certificates/{id}',
    group: 'certificates',
    // Certificates are issued to citizens so far (the items that yield one are personal ones).
    access: { roles: { citizen: 'owner' } },
    personalData: true,
    summary: 'One of my e-certificates with its status and signed credential',
  },
  {
    id: 'certificates.pdf',
    method: 'GET',
    path: '/api/me/certificates/{id}/pdf',
    group: 'certificates',
    access: { roles: { citizen: 'owner' } },
    personalData: true,
    summary: 'One of my e-certificates as PDF: certificate layout, seal image, QR code of the signed credential',
  },
  {
    id: 'certificates.verify',
    method: 'POST',
    path: '/api/certificates/verify',
    group: 'certificates',
    access: { roles: { clerk: 'self', officer: 'self', head: 'self', supervisor: 'self' } },
    summary: 'Verify an e-certificate for a department system or a counter: signature, validity, revocation (audited)',
  },
  {
    id: 'certificates.revoke',
    method: 'POST',
    path: '/api/certificates/{id}/revocation',
    group: 'certificates',
    access: { roles: { officer: 'department', head: 'department' } },
    summary: 'Revoke an e-certificate my department issued, with a reason',
  },
  {
    id: 'certificates.renew',
    method: 'POST',
    path: '/api/certificates/{id}/renewal',
    group: 'certificates',
    // Exactly who may revoke: a renewal revokes the old certificate (reason renewed) as it issues the new one.
    access: { roles: { officer: 'department', head: 'department' } },
    summary:
      'Renew an e-certificate my department issued: a new one (new number, validity) replaces it; the old one is revoked as renewed',
  },
] as const satisfies readonly RouteDefinition[];
