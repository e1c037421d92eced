import { z } from 'zod';
import {
  apiErrorBodySchema,
  auditPageSchema,
  caseSummarySchema,
  createdCaseSchema,
  decisionResultSchema,
  healthSchema,
  itemsOf,
  meSchema,
  outboxMessageSchema,
  profileSchema,
  uploadTicketSchema,
  workItemSchema,
  inboxPageSchema,
  type InboxQuery,
  counterGuideSchema,
  filedCaseSchema,
  staffCaseSchema,
  staffDocumentSchema,
  supervisionSummarySchema,
  type CounterCase,
  type CounterRelief,
  type SupervisionFilters,
  applicationGuideSchema,
  caseLookupSchema,
  citizenCaseSchema,
  citizenCaseSummarySchema,
  documentCheckSchema,
  formDraftReadSchema,
  formDraftSchema,
  type CaseLookupInput,
  type Correction,
  type Rating,
  type AuditFilters,
  type Decision,
  type NewCase,
  reliefEligibilitySchema,
  type ReliefApplication,
  type ReliefHousehold,
  type ProfileUpdate,
  type UploadRequest,
} from './api-schemas';
import { config } from './config';
import {
  countedTermSchema,
  guideSchema,
  outletListSchema,
  resolutionSchema,
  scenarioSchema,
  scenarioSummarySchema,
  searchResultsSchema,
  servicePageSchema,
} from './hall-schemas';
import { certificateView, renewalView, verificationResult } from '../../functions/src/certificates/model';
import { getSession } from './session';
import { viewerHeaders } from './viewer';

/** An e-certificate in my wallet (GET /api/me/certificates). */
export const walletCertificateSchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  type: z.string(),
  typeName: z.object({ zh: z.string(), en: z.string() }),
  departmentName: z.object({ zh: z.string(), en: z.string() }),
  holder: z.object({ name: z.string(), idNumberMasked: z.string().optional() }),
  issuedAt: z.string(),
  validUntil: z.string().optional(),
  credential: z.string(),
  status: z.enum(['valid', 'expired', 'revoked']),
  revocation: z
    .object({
      reason: z.string(),
      revokedAt: z.string(),
      replacedBy: z.object({ id: z.string(), number: z.string() }).optional(),
    })
    .optional(),
  /** A renewed certificate names its replacement; a renewal names the certificate it replaces. */
  replacedBy: z.object({ id: z.string(), number: z.string() }).optional(),
  replaces: z.object({ id: z.string(), number: z.string() }).optional(),
});
export type WalletCertificate = z.infer<typeof walletCertificateSchema>;
import {
  calendarHistory,
  type CalendarDraftInput,
  type CalendarPublishInput,
} from '../../functions/src/calendar/model';
import {
  catalogEntry,
  catalogItemView,
  catalogList,
  catalogVersionList,
  publishedGuide,
  type DraftInput as CatalogDraftInput,
} from '../../functions/src/catalog/model';
import { supervisionTargets } from '../../functions/src/supervision/targets-model';
import { supervisionGrid } from '../../functions/src/supervision/grid-model';
import { supervisionDocuments } from '../../functions/src/supervision/documents-model';
import { supervisionSharing } from '../../functions/src/supervision/sharing-model';
import { supervisionJoint } from '../../functions/src/supervision/joint-model';
import { supervisionLetters } from '../../functions/src/supervision/letters-model';
import { importJob, personView, qualityIssuesPage, qualityReport } from '../../functions/src/registries/model';
import { entityBindingView } from '../../functions/src/identity/model';
import { dataResource, resourceList } from '../../functions/src/data-sharing/model';

/** A failed API call: the HTTP status and the API's stable error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Non-2xx statuses whose body still has the success shape (health answers 503 when degraded). */
  acceptStatuses?: number[];
}

/** A call of the HTTP API with the session's token, its answer checked against `schema`. */
export async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  // Only an active session lends its token: a locked or expired one calls the API as nobody.
  const token = (await getSession())?.accessToken;
  const headers: Record<string, string> = { accept: 'application/json', ...(await viewerHeaders()) };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${config().apiOrigin}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    });
  } catch (cause) {
    throw new ApiError(503, 'API_UNREACHABLE', `API unreachable: ${(cause as Error).message}`);
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok && !options.acceptStatuses?.includes(response.status)) {
    const parsedError = apiErrorBodySchema.safeParse(payload);
    if (parsedError.success) {
      const { code, message, details } = parsedError.data.error;
      throw new ApiError(response.status, code, message, details);
    }
    throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(502, 'UNEXPECTED_RESPONSE', `Unexpected response from ${path}: ${parsed.error.message}`);
  }
  return parsed.data;
}

const id = (value: string) => encodeURIComponent(value);

/** The one server-side client of the HTTP API; every call carries the session's bearer token. */
export const api = {
  health: () => request('/api/health', healthSchema, { acceptStatuses: [503] }),
  me: () => request('/api/me', meSchema),
  createUpload: (input: UploadRequest) =>
    request('/api/documents/uploads', uploadTicketSchema, { method: 'POST', body: input }),
  createCase: (input: NewCase) => request('/api/cases', createdCaseSchema, { method: 'POST', body: input }),
  /** 综合救助: which relief programs the household may qualify for, each condition explained. */
  reliefEligibility: (household: ReliefHousehold) =>
    request('/api/relief/eligibility', reliefEligibilitySchema, { method: 'POST', body: { household } }),
  /** 综合救助: one application for the chosen programs. */
  applyForRelief: (input: ReliefApplication) =>
    request('/api/relief/applications', createdCaseSchema, { method: 'POST', body: input }),
  /** My e-certificates, newest first, with their signed credentials. */
  listMyCertificates: async () => (await request('/api/me/certificates', itemsOf(walletCertificateSchema))).items,
  listMyCases: async () => (await request('/api/cases', itemsOf(caseSummarySchema))).items,
  /** The open work items of one case in the caller's inboxes. */
  listWorkItemsOfCase: async (caseId: string) =>
    (await request(`/api/work-items?caseId=${id(caseId)}&limit=100`, inboxPageSchema)).items,
  /** A page of the inbox with its filters (empty ones left out). */
  inboxPage: (query: InboxQuery = {}) => {
    const params = new URLSearchParams(
      Object.entries(query).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
      ),
    );
    const search = params.toString();
    return request(`/api/work-items${search ? `?${search}` : ''}`, inboxPageSchema);
  },
  decide: (workItemId: string, decision: Decision) =>
    request(`/api/work-items/${id(workItemId)}/decision`, decisionResultSchema, { method: 'POST', body: decision }),
  /** Claims a work item for me; 409 CLAIMED_BY_OTHER / ALREADY_DECIDED. */
  claimWorkItem: (workItemId: string) =>
    request(`/api/work-items/${id(workItemId)}/claim`, workItemSchema, { method: 'POST' }),
  /** Releases my claim; 409 NOT_CLAIMED_BY_YOU. */
  releaseWorkItem: (workItemId: string) =>
    request(`/api/work-items/${id(workItemId)}/release`, workItemSchema, { method: 'POST' }),
  /** A case in my scope (department, street or district) with its answers, materials, timeline and clock. */
  /** A case for staff in scope; `reveal` shows the personal answers in full (audited as personal.unmask). */
  getStaffCase: (caseId: string, options: { reveal?: boolean } = {}) =>
    request(`/api/cases/${id(caseId)}${options.reveal ? '?reveal=true' : ''}`, staffCaseSchema),
  /** A document's metadata and, once checked, a short-lived download URL. */
  getDocument: (documentId: string) => request(`/api/documents/${id(documentId)}`, staffDocumentSchema),
  /** A published guide with its application form, for filing at the counter. */
  getCounterGuide: (code: string) => request(`/api/services/${id(code)}`, counterGuideSchema),
  /** Files a case at my street station for a citizen in person: accepted on the spot. */
  fileAtCounter: (input: CounterCase) =>
    request('/api/counter/cases', filedCaseSchema, { method: 'POST', body: input }),
  /** Takes a relief application (综合救助) at my street station for a resident in person: one case, a review per program. */
  fileReliefAtCounter: (input: CounterRelief) =>
    request('/api/counter/relief', filedCaseSchema, { method: 'POST', body: input }),
  /** Supervision figures of my scope (district or department). */
  getSupervisionSummary: (filters: SupervisionFilters) =>
    request(`/api/supervision/summary?${queryString(filters)}`, supervisionSummarySchema),
  /** My scope against the plan's online targets: items queryable and processable online, online rate, trend. */
  getSupervisionTargets: (filters: SupervisionFilters) =>
    request(`/api/supervision/targets?${queryString(filters)}`, supervisionTargets),
  /** The mailbox's figures of my scope: letters by type, topic and department, on time, satisfaction, reopenings. */
  getSupervisionLetters: (filters: SupervisionFilters) =>
    request(`/api/supervision/letters?${queryString(filters)}`, supervisionLetters),
  getSupervisionGrid: (filters: SupervisionFilters) =>
    request(`/api/supervision/grid?${queryString(filters)}`, supervisionGrid),
  getSupervisionJoint: (filters: SupervisionFilters) =>
    request(`/api/supervision/joint?${queryString(filters)}`, supervisionJoint),
  getSupervisionDocuments: (filters: SupervisionFilters) =>
    request(`/api/supervision/documents?${queryString(filters)}`, supervisionDocuments),
  getSupervisionSharing: (filters: SupervisionFilters) =>
    request(`/api/supervision/sharing?${queryString(filters)}`, supervisionSharing),
  /** The supervised cases as CSV, unparsed, so a route handler can stream it to the browser. */
  exportSupervision: async (filters: SupervisionFilters): Promise<Response> => {
    const token = (await getSession())?.accessToken;
    return fetch(`${config().apiOrigin}/api/supervision/export?${queryString(filters)}`, {
      headers: { accept: 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(60_000),
    });
  },
  listOutbox: async () => (await request('/api/admin/outbox', itemsOf(outboxMessageSchema))).items,
  /** My profile, masked; `reveal` shows the phone and ID number in full (audited by the API). */
  getProfile: (options: { reveal?: boolean } = {}) =>
    request(`/api/me/profile${options.reveal ? '?reveal=true' : ''}`, profileSchema),
  saveProfile: (input: ProfileUpdate) => request('/api/me/profile', profileSchema, { method: 'PUT', body: input }),
  /** The legal entity my account is bound to, and its agents when I represent it. */
  getEntityBinding: () => request('/api/me/entity-binding', entityBindingView),
  /** Binds my account to an entity (only its legal representative or an authorised agent may). */
  bindEntity: (creditCode: string) =>
    request('/api/me/entity-binding', entityBindingView, { method: 'PUT', body: { creditCode } }),
  /** The representative authorises an agent by ID number. */
  addEntityAgent: (idNumber: string) =>
    request('/api/me/entity-binding/agents', entityBindingView, { method: 'POST', body: { idNumber } }),
  /** The representative withdraws an agent's authorisation by the agent's id in the binding view. */
  removeEntityAgent: (agentId: string) =>
    request(`/api/me/entity-binding/agents/${id(agentId)}`, entityBindingView, { method: 'DELETE' }),
  searchAudit: (filters: AuditFilters, page: { limit?: number; cursor?: string } = {}) =>
    request(`/api/audit?${queryString({ ...filters, ...page })}`, auditPageSchema),
  /** Published service items; filters and page as query parameters (department, audience, lifeEvent, …). */
  listServices: (filters: Record<string, string | number | undefined>) =>
    request(`/api/services?${queryString(filters)}`, servicePageSchema),
  getGuide: (code: string) => request(`/api/services/${id(code)}`, guideSchema),
  listDepartments: async () => (await request('/api/departments', itemsOf(countedTermSchema))).items,
  listLifeEvents: async () => (await request('/api/life-events', itemsOf(countedTermSchema))).items,
  search: (query: { q: string; type?: string; page?: number; pageSize?: number }) =>
    request(`/api/search?${queryString(query)}`, searchResultsSchema),
  listScenarios: async () => (await request('/api/scenarios', itemsOf(scenarioSummarySchema))).items,
  getScenario: (scenarioId: string) => request(`/api/scenarios/${id(scenarioId)}`, scenarioSchema),
  /** The next question, or the branch with its items and exact materials, for the answers so far. */
  resolveScenario: (scenarioId: string, answers: Record<string, string>) =>
    request(`/api/scenarios/${id(scenarioId)}/resolve`, resolutionSchema, { method: 'POST', body: { answers } }),
  /** Outlets; `near` (lat,lng) orders them by distance. */
  listOutlets: (query: { near?: string; type?: 'street' | 'department' } = {}) =>
    request(`/api/outlets?${queryString(query)}`, outletListSchema),
  /** A guide with its application form, for the apply page. */
  getApplicationGuide: (code: string) => request(`/api/services/${id(code)}`, applicationGuideSchema),
  /**
   * My draft of an item's form, or the answers my profile fills in; `registry` is my consent to prefill from my
   * own person-registry record (audited by the API).
   */
  getFormDraft: (code: string, options: { registry?: boolean } = {}) =>
    request(`/api/forms/${id(code)}/draft${options.registry ? '?prefill=registry' : ''}`, formDraftReadSchema),
  /** Saves my draft (version 0 for a new one); 409 FORM_DRAFT_STALE, 422 FORM_INVALID. */
  saveFormDraft: (code: string, input: { answers: Record<string, string | number | boolean>; version: number }) =>
    request(`/api/forms/${id(code)}/draft`, formDraftSchema, { method: 'PUT', body: input }),
  /** Checks an uploaded file (type by its bytes, size, scan, SHA-256). */
  /** Staff check a certificate shown to them (audited as a staff verification; signature, validity, revocation). */
  verifyCertificate: (credential: string) =>
    request('/api/certificates/verify', verificationResult, { method: 'POST', body: { credential } }),
  /** The issuing department renews a certificate: 201 with the old (revoked as renewed) and the new one. */
  renewCertificate: (certificateId: string, input: { reason: string; validUntil: string }) =>
    request(`/api/certificates/${id(certificateId)}/renewal`, renewalView, { method: 'POST', body: input }),
  /** The issuing department revokes a certificate with a reason. */
  revokeCertificate: (certificateId: string, reason: string) =>
    request(`/api/certificates/${id(certificateId)}/revocation`, certificateView, {
      method: 'POST',
      body: { reason },
    }),
  verifyDocument: (documentId: string) =>
    request(`/api/documents/${id(documentId)}/verify`, documentCheckSchema, { method: 'POST' }),
  listMyCaseSummaries: async () => (await request('/api/cases', itemsOf(citizenCaseSummarySchema))).items,
  /** One of my cases with its answers, materials, timeline and clock. */
  getMyCase: (caseId: string) => request(`/api/cases/${id(caseId)}`, citizenCaseSchema),
  sendCorrection: (caseId: string, input: Correction) =>
    request(`/api/cases/${id(caseId)}/correction`, citizenCaseSchema, { method: 'POST', body: input }),
  rateCase: (caseId: string, input: Rating) =>
    request(`/api/cases/${id(caseId)}/rating`, citizenCaseSchema, { method: 'POST', body: input }),
  /** The public status of a case by its number and the last 6 characters of the ID number. */
  lookupCase: (input: CaseLookupInput) =>
    request('/api/cases/lookup', caseLookupSchema, { method: 'POST', body: input }),
  /** A case's receipt or result notice as PDF, unparsed, so a route handler can stream it. */
  casePaper: async (caseId: string, paper: 'receipt' | 'result'): Promise<Response> => {
    const token = (await getSession())?.accessToken;
    return fetch(`${config().apiOrigin}/api/cases/${id(caseId)}/${paper}.pdf`, {
      headers: { accept: 'application/pdf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  },
  /** One of my e-certificates as PDF, unparsed, so a route handler can stream it. */
  certificatePdf: async (certificateId: string): Promise<Response> => {
    const token = (await getSession())?.accessToken;
    return fetch(`${config().apiOrigin}/api/me/certificates/${id(certificateId)}/pdf`, {
      headers: { accept: 'application/pdf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  },
  /** A year's holiday calendar for the administrator: status, draft, published version, every version. */
  getCalendarHistory: (year: number) => request(`/api/calendar/${year}/versions`, calendarHistory),
  /** Saves a year's schedule as a draft; 409 CALENDAR_STALE, 422 CALENDAR_INVALID naming each field. */
  saveCalendarDraft: (year: number, input: CalendarDraftInput) =>
    request(`/api/calendar/${year}/draft`, calendarHistory, { method: 'PUT', body: input }),
  /** Publishes a year's draft. */
  publishCalendar: (year: number, input: CalendarPublishInput) =>
    request(`/api/calendar/${year}/publish`, calendarHistory, { method: 'POST', body: input }),
  /** Every service item with its status, for the cataloger. */
  listCatalogItems: async () => (await request('/api/catalog/items', catalogList)).items,
  /** An item's entry, draft and published guide. */
  getCatalogItem: (code: string) => request(`/api/catalog/items/${id(code)}`, catalogItemView),
  /** An item's published versions, newest first. */
  listCatalogVersions: async (code: string) =>
    (await request(`/api/catalog/items/${id(code)}/versions`, catalogVersionList)).items,
  /** One published version of an item as it was published. */
  getCatalogVersion: (code: string, version: number) =>
    request(`/api/catalog/items/${id(code)}/versions/${version}`, publishedGuide),
  /** Saves an item's draft; 400 INVALID_INPUT naming each field, 409 CATALOG_ITEM_STALE. */
  saveCatalogDraft: (code: string, input: CatalogDraftInput) =>
    request(`/api/catalog/items/${id(code)}/draft`, catalogEntry, { method: 'PUT', body: input }),
  /** Publishes an item's draft as its next version; 409 CATALOG_ITEM_STALE. */
  publishCatalogItem: (code: string, version: number) =>
    request(`/api/catalog/items/${id(code)}/publish`, catalogEntry, { method: 'POST', body: { version } }),
  /** Base registries (data steward): start an import of a CSV (base64), its progress, data quality. */
  startRegistryImport: (input: {
    registry: string;
    fileName: string;
    encoding: string;
    contentBase64: string;
    reason: string;
    importId?: string;
  }) => request('/api/registries/imports', importJob, { method: 'POST', body: input }),
  getRegistryImport: (importId: string) => request(`/api/registries/imports/${id(importId)}`, importJob),
  getRegistryQuality: () => request('/api/registries/quality', qualityReport),
  /** The records behind one quality figure, a page at a time (persons masked; audited). */
  getRegistryQualityIssues: (query: { registry: string; field: string; problem: string; cursor?: string }) =>
    request(`/api/registries/quality/issues?${queryString(query)}`, qualityIssuesPage),
  /** A person by exact resident ID number (audited as a read of personal data). */
  lookupRegistryPerson: (idNumber: string) =>
    request(`/api/registries/persons/${encodeURIComponent(idNumber)}`, personView),
  /** The data resource catalog (数据共享): search and filters, and one resource. */
  listDataResources: (query: { q?: string; department?: string; sharingClass?: string }) =>
    request(`/api/data/resources?${queryString(query)}`, resourceList),
  getDataResource: (identifier: string) => request(`/api/data/resources/${id(identifier)}`, dataResource),
  /** The data resource catalog as DCAT JSON-LD, unparsed, for a route handler to stream. */
  dataCatalogJsonLd: async (): Promise<Response> => {
    const token = (await getSession())?.accessToken;
    return fetch(`${config().apiOrigin}/api/data/catalog.jsonld`, {
      headers: { accept: 'application/ld+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  },
  /** An import's error file as CSV, unparsed, for a route handler to stream. */
  registryImportErrors: async (importId: string): Promise<Response> => {
    const token = (await getSession())?.accessToken;
    return fetch(`${config().apiOrigin}/api/registries/imports/${id(importId)}/errors`, {
      headers: { accept: 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  },
  /** The audit search as CSV, unparsed, so a route handler can stream it to the browser. */
  exportAudit: async (filters: AuditFilters): Promise<Response> => {
    const token = (await getSession())?.accessToken;
    return fetch(`${config().apiOrigin}/api/audit/export?${queryString(filters)}`, {
      headers: { accept: 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(60_000),
    });
  },
};

function queryString(values: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    if (value !== undefined && value !== '') query.set(name, String(value));
  return query.toString();
}
