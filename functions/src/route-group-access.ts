import { dataKeyPurposes as purpose } from './platform/personal-data/purposes.js';
import { appendsAudit, type ResourceAccess } from './platform/resource-access.js';
import type { routes } from './routes.js';

/** The route groups of the route table (one Lambda function each). */
export type RouteGroup = (typeof routes)[number]['group'];

/** Key prefixes of the documents bucket (documents/model.ts, cases/papers.ts, search/store.ts). */
const materials = 'documents/';
const results = 'results/';
const searchIndex = 'search/';
const registryImports = 'registry-imports/';

/**
 * What each route group's function uses, next to the route table: infra/lib/access-grants.ts turns each
 * entry into the function's environment variables and IAM policy, and tests/infra/least-privilege.test.ts
 * proves the synthesized policy grants exactly this. Groups whose routes are all public (no sign-in)
 * never reach the registry table or a personal-data key, and leave no audit record (no principal).
 */
export const routeGroupAccess = {
  health: {
    tables: { core: { mode: 'describe' } },
    buckets: { documents: { list: true } },
    workflows: { 'case-approval': ['describe'] },
  },
  identity: {
    tables: { ...appendsAudit, registry: { mode: 'write', indexes: ['blind'] } },
    personalData: {
      seal: [purpose.profilePhone, purpose.profileIdNumber],
      // Real-name verification checks the person registry (identity/real-name/local.ts).
      open: [purpose.profilePhone, purpose.profileIdNumber, purpose.registryPerson],
      blindIndex: true,
    },
  },
  documents: {
    // gsi2: the caller's pending uploads (the quota); tag: the presigned upload's expiry tag.
    tables: { ...appendsAudit, core: { mode: 'write', indexes: ['gsi2'] } },
    buckets: { documents: { read: [materials], write: [materials], readTags: true, tag: [materials], list: true } },
  },
  cases: {
    tables: {
      ...appendsAudit,
      core: { mode: 'write', indexes: ['gsi1', 'gsi2'] },
      // The applicant's profile by blind index (counter filing), and the submitted draft discarded.
      registry: { mode: 'read', indexes: ['blind'], delete: true },
    },
    // tag: attached materials are retagged so the unattached-upload expiry leaves them.
    buckets: { documents: { read: [materials, results], readTags: true, tag: [materials], list: true } },
    // The lookup code (查询码) is sealed at filing and opened to print the receipt again (cases/lookup-code.ts).
    personalData: {
      seal: [purpose.caseAnswers, purpose.caseLookupCode],
      open: [purpose.caseAnswers, purpose.caseLookupCode],
      blindIndex: true,
    },
    workflows: { 'case-approval': ['start', 'resume'] },
    // A material given as an e-certificate is verified at submission (certificates/reuse.ts): the applicant's
    // certificate by id (registry table), its revocation (core) and the published keys.
    certificateKeys: 'verify',
  },
  workitems: {
    tables: { ...appendsAudit, core: { mode: 'write', indexes: ['gsi1', 'gsi2'] } },
    workflows: { 'case-approval': ['resume'] },
  },
  notifications: {
    tables: { ...appendsAudit, core: { mode: 'read' } },
  },
  audit: {
    tables: { audit: { mode: 'append', indexes: ['byActor'] } },
  },
  catalog: {
    // Publishing rebuilds the search index (search/store.ts): its snapshot object and pointer item.
    tables: { ...appendsAudit, core: { mode: 'write', indexes: ['gsi1'], delete: true } },
    buckets: { documents: { read: [searchIndex], write: [searchIndex] } },
  },
  forms: {
    tables: {
      ...appendsAudit,
      core: { mode: 'read', indexes: ['gsi1'] },
      registry: { mode: 'write', delete: true },
    },
    personalData: {
      seal: [purpose.formDraft],
      // Drafts, the profile's phone and ID number that prefill a new form, and (with the citizen's consent)
      // their own person-registry record (registries/service.ts personByBlindIndex).
      open: [purpose.formDraft, purpose.profilePhone, purpose.profileIdNumber, purpose.registryPerson],
    },
  },
  'form-pdf': {
    tables: { core: { mode: 'read', indexes: ['gsi1'] } },
  },
  openapi: {},
  search: {
    // A cold start with no current snapshot builds one and saves it (snapshot object and pointer item).
    tables: { core: { mode: 'write', indexes: ['gsi1'] } },
    buckets: { documents: { read: [searchIndex], write: [searchIndex] } },
  },
  scenarios: {
    tables: { ...appendsAudit, core: { mode: 'write', indexes: ['gsi1'] } },
  },
  outlets: {},
  // Cases by department and grid events (gsi1); letters and joint cases (联合审批) by their pointer partitions on the
  // table itself (Query, then BatchGetItem); data requests by owner (gsi1) and requester (gsi2), extractions, and the
  // base registries' last counts (registry table, by key) for the sharing figures: read only.
  supervision: {
    tables: { ...appendsAudit, core: { mode: 'read', indexes: ['gsi1', 'gsi2'] }, registry: { mode: 'read' } },
  },
  // Drafts and versions of a year written in one transaction with its head (calendar/store.ts).
  calendar: {
    tables: { ...appendsAudit, core: { mode: 'write' } },
  },
  // Public: the published keys and the signed status list (revocations, core table). No personal data.
  'certificate-keys': {
    tables: { core: { mode: 'read' } },
    certificateKeys: 'sign',
  },
  // The wallet (certificates hold the holder's name: registry table), verification and revocation.
  certificates: {
    tables: { ...appendsAudit, core: { mode: 'write' }, registry: { mode: 'read' } },
    certificateKeys: 'verify',
  },
  // The base registries (registries/store.ts): versions and heads in one transaction, import jobs and quality
  // in the same table (an import recomputes quality: every head by Query of the sparse `heads` index); import
  // error files under their own prefix.
  registries: {
    tables: { ...appendsAudit, registry: { mode: 'write', indexes: ['heads'] } },
    buckets: { documents: { read: [registryImports], write: [registryImports] } },
    personalData: { seal: [purpose.registryPerson], open: [purpose.registryPerson], blindIndex: true },
    // An import publishes a change event per record written (data-sharing/change-events.ts).
    changeEvents: 'publish',
  },
  // The mailbox (letters/store.ts): letters, query-code pointers, day counters; mine (gsi2), published (gsi1);
  // the work items of the one inbox (workitems/direct.ts, gsi2 for a letter's items); the writer sealed. An
  // answer that publishes a letter rebuilds the search index (search/store.ts: its snapshot object and pointer).
  // An answer is told to a signed-in writer at their profile's contact (registry, the phone opened only when
  // there is no e-mail; letters/notify-writer.ts), as a case's applicant is told.
  // Attachments (letters/attachments.ts) take the documents context's checked-upload path: an anonymous writer's
  // presigned upload (write, tagged pending), the check (read), retagged attached, and presigned downloads.
  letters: {
    tables: { ...appendsAudit, core: { mode: 'write', indexes: ['gsi1', 'gsi2'] }, registry: { mode: 'read' } },
    buckets: {
      documents: {
        read: [searchIndex, materials],
        write: [searchIndex, materials],
        readTags: true,
        tag: [materials],
      },
    },
    personalData: {
      seal: [purpose.letterWriter, purpose.notificationRecipient],
      open: [purpose.letterWriter, purpose.profilePhone],
      blindIndex: true,
    },
  },
  // Data sharing (data-sharing/): the catalog reads each registry's record count from its quality item. Access
  // requests in the core table (request-store.ts: gsi1 an owner's, gsi2 a requester's) with their inbox items
  // (workitems/direct.ts, gsi2 a request's items); each conditional request starts its workflow and the decision
  // sends its waiting task the outcome (request-workflow.ts).
  // Extraction reads a registry's heads by the sparse `heads` index, decrypting a person's sealed fields only when a
  // granted field is among them (registry-extract.ts), and records each extraction (DATAUSE#); machine clients in the
  // core table (machine-client-store.ts, gsi1 a department's; the issued client id's pointer to its record), each an
  // app client of the staff pool on AWS (client-directory/cognito.ts). Change event
  // subscriptions (subscription-store.ts, gsi1 a department's; deleted when ended) with their signing secrets sealed,
  // each a rule on the change event bus (events/bus.ts); a queue subscription's rule targets a queue of its own,
  // created, read and deleted at run time (events/sqs.ts).
  'data-sharing': {
    tables: {
      ...appendsAudit,
      core: { mode: 'write', indexes: ['gsi1', 'gsi2'], delete: true },
      registry: { mode: 'read', indexes: ['heads'] },
    },
    personalData: { seal: [purpose.subscriptionSecret], open: [purpose.registryPerson] },
    changeEvents: 'route',
    machineClients: 'manage',
    subscriptionQueues: 'manage',
    workflows: { 'data-request': ['start', 'resume'] },
  },
  // Public information (notices/store.ts): heads and versions, published by kind (gsi1), by department (gsi2);
  // a change the public sees rebuilds the search index (search/store.ts: its snapshot object and pointer item).
  notices: {
    tables: { ...appendsAudit, core: { mode: 'write', indexes: ['gsi1', 'gsi2'] } },
    buckets: { documents: { read: [searchIndex], write: [searchIndex] } },
  },
  // Official documents (official-documents/store.ts): heads, versions, receipts, number sequences, the archive
  // chain and signer settings in the core table (gsi2: outgoing and received lists); their steps' work items in
  // the one inbox (workitems/direct.ts; gsi1 the inbox, gsi2 a document's items). A signed document's PDF is
  // signed with the platform's signing key (official-documents/seal-signature.ts: its seal certificate and CMS).
  'official-documents': {
    tables: { ...appendsAudit, core: { mode: 'write', indexes: ['gsi1', 'gsi2'] } },
    certificateKeys: 'sign',
    // The archive (official-documents/archive-store.ts): each signed document's package written once under Object
    // Lock, read back by the archived PDF and the integrity check (ListBucket: a missing object is a 404).
    buckets: { archive: { read: ['official-documents/'], write: ['official-documents/'], lock: true, list: true } },
  },
  // City events (grid/store.ts): events, day counters, submission tokens; all by report time (gsi1), mine (gsi2);
  // the inbox items of each step (workitems/direct.ts, gsi2 for an event's items). Open311 clients and their key
  // hashes (grid/open311-client-store.ts, gsi1 the list); Open311 creates are audited as `open311:<keyId>`; the
  // reporters' contact fields are not kept. Each report starts the event's workflow, and each step sends its
  // waiting task the result (grid/workflow.ts).
  grid: {
    tables: { ...appendsAudit, core: { mode: 'write', indexes: ['gsi1', 'gsi2'] } },
    workflows: { 'grid-event': ['start', 'resume'] },
  },
} as const satisfies Record<RouteGroup, ResourceAccess>;
