/** What each route group (one Lambda function, one tag in the API document) is for. */
export const routeGroupDescriptions: Readonly<Record<string, string>> = {
  grid: 'Grid city management (网格化城市管理): the grid, city events from report to closure, and Open311 GeoReport v2',
  health: 'Liveness and the state of each dependency',
  identity: 'The signed-in user and their profile (real name, ID and phone numbers encrypted, shown masked)',
  catalog: 'The service catalog (办事指南): published items for everyone, drafts and publishing for catalogers',
  scenarios: 'Guided life-event scenarios (一件事) that lead to the items a situation needs',
  search: 'Site search over items, scenarios and published information',
  outlets: 'Service outlets (办事网点) with opening hours and locations',
  forms: "Items' application forms: blank and sample PDFs, drafts saved on the server",
  documents: 'Uploads of application materials by presigned URL, checked before use',
  cases: 'Applications (办件): filing online and at the counter, correction, papers, rating and lookup',
  workitems: 'The one staff inbox: work items of every workflow, claim, release and decide',
  supervision: 'Electronic supervision (电子监察): figures against legal time limits, CSV export',
  audit: 'The audit trail: search and export for supervisors',
  notifications: 'The notifications outbox (administrators)',
  calendar:
    'The working-day calendar (法定节假日与调休) that every legal time limit counts on: published years, drafts, publishing',
  certificates: "E-certificates (电子证照): the holder's wallet, verification for department systems, revocation",
  'certificate-keys': 'What any verifier of an e-certificate needs: the signing keys (JWKS) and the revocation list',
  registries:
    'The base registries (一库): persons, legal entities and buildings by exact identifier, CSV import, data quality',
  'form-pdf': "Items' blank and sample application forms as PDF",
  letters:
    'The district mailbox (越秀信箱) and online consultation: letters routed to departments, answered in time, rated, reopened, published',
  'data-sharing':
    'Data sharing between departments (数据共享): the data resource catalog, searched and exported as DCAT; access requests decided by the owning department; audited extraction; signed change events to subscribed webhooks',
  notices:
    'Public information (政府信息公开): notices, policy documents and interpretations, drafted, versioned and published by departments',
  'official-documents':
    'Official documents (公文): drafted, reviewed (核稿), signed (签发) with a GB/T 9704 number and a hash-chained archive, dispatched and received',
  openapi: 'This document',
};
