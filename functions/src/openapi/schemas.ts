/**
 * The request and response schemas of each route, for the OpenAPI document. Kept apart from the route
 * table on purpose: routes.ts is bundled into every Lambda and stays free of zod, while this registry (and
 * the zod schemas it pulls in) is bundled only by the openapi function. Register a route's schemas here
 * when you add it; a route without an entry is still documented, with a generic JSON body.
 */
import { z } from 'zod';
import {
  caseQuery,
  correctionInput,
  counterCaseInput,
  createdCase,
  lookupInput,
  ratingInput,
  submitCaseInput,
} from '../cases/model.js';
import { decisionInput, inboxPage, workItemQuery } from '../workitems/model.js';
import { counterReliefInput, eligibilityInput, eligibilityView, reliefApplicationInput } from '../relief/model.js';
import {
  answerInput,
  approvalInput,
  followInput,
  followRatingInput,
  followReopenInput,
  letterGetQuery,
  letterRatingInput,
  publicLetterParams,
  publicLetterQuery,
  publicLetterView,
  reopenInput,
  rerouteInput,
  writeLetterInput,
} from '../letters/model.js';
import { anonymousUploadInput } from '../letters/attachment-input.js';
import {
  catalogEntry,
  catalogItemView,
  catalogList,
  catalogVersionList,
  catalogVersionParams,
  departmentList,
  draftInput,
  itemCode,
  lifeEventList,
  publishInput,
  publishedGuide,
  serviceListQuery,
  serviceListResponse,
} from '../catalog/model.js';
import { documentView, uploadRequest, uploadTicket } from '../documents/model.js';
import {
  draftInput as formDraftInput,
  draftQuery as formDraftQuery,
  draftRead,
  draftView,
  formPdfQuery,
} from '../forms/model.js';
import {
  entityAgentInput,
  entityAgentParams,
  entityBindingInput,
  entityBindingView,
  meView,
  profileInput,
  profileQuery,
  profileView,
} from '../identity/model.js';
import { healthView } from '../health/model.js';
import { outboxList } from '../notifications/outbox-view.js';
import { outletList, outletQuery } from '../outlets/model.js';
import {
  publishedScenario,
  resolveInput,
  resolveResult,
  scenarioInput,
  scenarioList,
  scenarioParams,
} from '../scenarios/model.js';
import { searchQuery, searchResponse } from '../search/model.js';
import {
  createNoticeInput,
  departmentNoticeQuery,
  editNoticeInput,
  noticeId,
  publicNotice,
  publicNoticePage,
  publicNoticeQuery,
  publishNoticeInput,
  staffNotice,
  staffNoticePage,
  withdrawNoticeInput,
} from '../notices/model.js';
import { auditPage, auditSearchQuery } from '../audit/model.js';
import {
  buildingParams,
  entityParams,
  importInput,
  importJob,
  importParams,
  personParams,
  personView,
  qualityIssuesPage,
  qualityIssuesQuery,
  qualityReport,
  recordView,
} from '../registries/model.js';
import { dataSharingSchemas } from './data-sharing-schemas.js';
import { gridSchemas } from './grid-schemas.js';
import { supervisionSchemas } from './supervision-schemas.js';
import {
  calendarDraftInput,
  calendarHistory,
  calendarPublishInput,
  calendarYear,
  publishedCalendar,
} from '../calendar/model.js';
import {
  certificateId,
  certificateView,
  jwks,
  renewalView,
  renewInput,
  revokeInput,
  statusListView,
  verificationResult,
  verifyInput,
} from '../certificates/model.js';
import type { RouteId } from '../routes.js';
import { officialDocumentsSchemas } from './official-documents-schemas.js';

/** A schema with the name it has under components.schemas. */
export interface NamedSchema {
  readonly name: string;
  readonly schema: z.ZodType;
}

export interface RouteSchemas {
  /** Schemas of path parameters by name (a parameter without one is a plain string). */
  readonly params?: Readonly<Record<string, z.ZodType>>;
  /** An object schema; each property is one query parameter. */
  readonly query?: z.ZodObject;
  readonly body?: NamedSchema;
  /** The success status (200 unless said otherwise). */
  readonly status?: number;
  readonly response?: NamedSchema;
  /** A success body that is not JSON: a PDF or a CSV download. */
  readonly media?: 'application/pdf' | 'text/csv' | 'application/ld+json';
  /** The body is a form post (Open311 GeoReport), not JSON. */
  readonly bodyMedia?: 'application/x-www-form-urlencoded';
  /** The success body is JSON (`response`) or XML, as the path's `.json` / `.xml` extension asks (Open311). */
  readonly formats?: true;
}

const code = { code: itemCode };
const profile = { name: 'Profile', schema: profileView };
const entityBinding = { name: 'EntityBinding', schema: entityBindingView };
const created = { name: 'CreatedCase', schema: createdCase };

export const routeSchemas: Partial<Record<RouteId, RouteSchemas>> = {
  'health.get': { response: { name: 'Health', schema: healthView } },
  'identity.me': { response: { name: 'Me', schema: meView } },
  'identity.getProfile': { query: profileQuery, response: profile },
  'identity.putProfile': { body: { name: 'ProfileInput', schema: profileInput }, response: profile },
  'identity.getEntityBinding': { response: entityBinding },
  'identity.putEntityBinding': {
    body: { name: 'EntityBindingInput', schema: entityBindingInput },
    response: entityBinding,
  },
  'identity.addEntityAgent': {
    body: { name: 'EntityAgentInput', schema: entityAgentInput },
    status: 201,
    response: entityBinding,
  },
  'identity.removeEntityAgent': { params: entityAgentParams.shape, response: entityBinding },
  'documents.createUpload': {
    body: { name: 'UploadRequest', schema: uploadRequest },
    status: 201,
    response: { name: 'UploadTicket', schema: uploadTicket },
  },
  'notifications.outbox': { response: { name: 'OutboxList', schema: outboxList } },
  'documents.get': { response: { name: 'DocumentView', schema: documentView } },
  'documents.verify': { response: { name: 'DocumentView', schema: documentView } },
  'cases.create': { body: { name: 'SubmitCaseInput', schema: submitCaseInput }, status: 201, response: created },
  'cases.fileAtCounter': {
    body: { name: 'CounterCaseInput', schema: counterCaseInput },
    status: 201,
    response: created,
  },
  'cases.reliefEligibility': {
    body: { name: 'ReliefEligibilityInput', schema: eligibilityInput },
    response: { name: 'ReliefEligibility', schema: eligibilityView },
  },
  'cases.applyForRelief': {
    body: { name: 'ReliefApplicationInput', schema: reliefApplicationInput },
    status: 201,
    response: created,
  },
  'cases.fileReliefAtCounter': {
    body: { name: 'CounterReliefInput', schema: counterReliefInput },
    status: 201,
    response: created,
  },
  'cases.lookup': { body: { name: 'CaseLookupInput', schema: lookupInput } },
  'cases.correct': { body: { name: 'CorrectionInput', schema: correctionInput } },
  'cases.rate': { body: { name: 'RatingInput', schema: ratingInput } },
  'workitems.list': { query: workItemQuery, response: { name: 'InboxPage', schema: inboxPage } },
  'workitems.decide': { body: { name: 'DecisionInput', schema: decisionInput } },
  'letters.write': { body: { name: 'WriteLetterInput', schema: writeLetterInput }, status: 201 },
  'letters.writeAnonymous': { body: { name: 'WriteLetterInput', schema: writeLetterInput }, status: 201 },
  'letters.listPublic': { query: publicLetterQuery },
  'letters.uploadAnonymous': {
    body: { name: 'AnonymousLetterUploadInput', schema: anonymousUploadInput },
    response: { name: 'UploadTicket', schema: uploadTicket },
    status: 201,
  },
  'letters.getPublic': {
    params: publicLetterParams.shape,
    response: { name: 'PublicLetter', schema: publicLetterView },
  },
  'letters.follow': { body: { name: 'FollowLetterInput', schema: followInput } },
  'letters.followRate': { body: { name: 'FollowLetterRatingInput', schema: followRatingInput } },
  'letters.followReopen': { body: { name: 'FollowLetterReopenInput', schema: followReopenInput } },
  'letters.answer': { body: { name: 'LetterAnswerInput', schema: answerInput } },
  'letters.approve': { body: { name: 'LetterApprovalInput', schema: approvalInput } },
  'letters.reroute': { body: { name: 'LetterRerouteInput', schema: rerouteInput } },
  'letters.get': { query: letterGetQuery },
  'letters.rate': { body: { name: 'LetterRatingInput', schema: letterRatingInput } },
  'letters.reopen': { body: { name: 'LetterReopenInput', schema: reopenInput } },
  'catalog.listServices': {
    query: serviceListQuery,
    response: { name: 'ServiceList', schema: serviceListResponse },
  },
  'catalog.getService': { params: code, response: { name: 'ServiceGuide', schema: publishedGuide } },
  'catalog.listDepartments': { response: { name: 'DepartmentList', schema: departmentList } },
  'catalog.listLifeEvents': { response: { name: 'LifeEventList', schema: lifeEventList } },
  'catalog.listItems': { response: { name: 'CatalogList', schema: catalogList } },
  'catalog.getItem': { params: code, response: { name: 'CatalogItem', schema: catalogItemView } },
  'catalog.listVersions': { params: code, response: { name: 'CatalogVersionList', schema: catalogVersionList } },
  'catalog.getVersion': {
    params: { code: itemCode, version: catalogVersionParams.shape.version },
    response: { name: 'CatalogVersion', schema: publishedGuide },
  },
  'catalog.putDraft': {
    params: code,
    body: { name: 'DraftInput', schema: draftInput },
    response: { name: 'CatalogEntry', schema: catalogEntry },
  },
  'catalog.publish': {
    params: code,
    body: { name: 'PublishInput', schema: publishInput },
    response: { name: 'CatalogEntry', schema: catalogEntry },
  },
  'scenarios.list': { response: { name: 'ScenarioList', schema: scenarioList } },
  'scenarios.get': { params: scenarioParams.shape, response: { name: 'Scenario', schema: publishedScenario } },
  'scenarios.resolve': {
    params: scenarioParams.shape,
    body: { name: 'ResolveInput', schema: resolveInput },
    response: { name: 'ResolveResult', schema: resolveResult },
  },
  'scenarios.put': {
    params: scenarioParams.shape,
    body: { name: 'ScenarioInput', schema: scenarioInput },
    response: { name: 'Scenario', schema: publishedScenario },
  },
  'outlets.list': { query: outletQuery, response: { name: 'OutletList', schema: outletList } },
  'form-pdf.get': { params: code, query: formPdfQuery, media: 'application/pdf' },
  'cases.get': { query: caseQuery },
  'cases.receipt': { media: 'application/pdf' },
  'cases.result': { media: 'application/pdf' },
  'search.query': { query: searchQuery, response: { name: 'SearchResponse', schema: searchResponse } },
  'audit.search': { query: auditSearchQuery, response: { name: 'AuditPage', schema: auditPage } },
  'audit.export': { query: auditSearchQuery.omit({ limit: true, cursor: true }), media: 'text/csv' },
  'forms.getDraft': { params: code, query: formDraftQuery, response: { name: 'FormDraftRead', schema: draftRead } },
  'forms.putDraft': {
    params: code,
    body: { name: 'FormDraftInput', schema: formDraftInput },
    response: { name: 'FormDraft', schema: draftView },
  },
  'forms.deleteDraft': { params: code, status: 204 },
  ...supervisionSchemas,
  'notices.listPublic': { query: publicNoticeQuery, response: { name: 'PublicNoticePage', schema: publicNoticePage } },
  'notices.getPublic': { params: { id: noticeId }, response: { name: 'PublicNotice', schema: publicNotice } },
  'notices.listDepartment': {
    query: departmentNoticeQuery,
    response: { name: 'StaffNoticePage', schema: staffNoticePage },
  },
  'notices.getDepartment': { params: { id: noticeId }, response: { name: 'StaffNotice', schema: staffNotice } },
  'notices.create': {
    body: { name: 'CreateNoticeInput', schema: createNoticeInput },
    status: 201,
    response: { name: 'StaffNotice', schema: staffNotice },
  },
  'notices.edit': {
    params: { id: noticeId },
    body: { name: 'EditNoticeInput', schema: editNoticeInput },
    response: { name: 'StaffNotice', schema: staffNotice },
  },
  'notices.publish': {
    params: { id: noticeId },
    body: { name: 'PublishNoticeInput', schema: publishNoticeInput },
    response: { name: 'StaffNotice', schema: staffNotice },
  },
  'notices.withdraw': {
    params: { id: noticeId },
    body: { name: 'WithdrawNoticeInput', schema: withdrawNoticeInput },
    response: { name: 'StaffNotice', schema: staffNotice },
  },
  ...officialDocumentsSchemas,
  'calendar.get': {
    params: { year: calendarYear },
    response: { name: 'PublishedCalendar', schema: publishedCalendar },
  },
  'calendar.versions': {
    params: { year: calendarYear },
    response: { name: 'CalendarHistory', schema: calendarHistory },
  },
  'calendar.putDraft': {
    params: { year: calendarYear },
    body: { name: 'CalendarDraftInput', schema: calendarDraftInput },
    response: { name: 'CalendarHistory', schema: calendarHistory },
  },
  'calendar.publish': {
    params: { year: calendarYear },
    body: { name: 'CalendarPublishInput', schema: calendarPublishInput },
    response: { name: 'CalendarHistory', schema: calendarHistory },
  },
  'certificate-keys.jwks': { response: { name: 'CertificateKeys', schema: jwks } },
  'certificate-keys.statusList': { response: { name: 'CertificateStatusList', schema: statusListView } },
  'certificates.getMine': { params: { id: certificateId } },
  'certificates.pdf': { params: { id: certificateId }, media: 'application/pdf' },
  'certificates.verify': {
    body: { name: 'VerifyCertificateInput', schema: verifyInput },
    response: { name: 'CertificateVerification', schema: verificationResult },
  },
  'certificates.revoke': {
    params: { id: certificateId },
    body: { name: 'RevokeCertificateInput', schema: revokeInput },
    response: { name: 'Certificate', schema: certificateView },
  },
  'certificates.renew': {
    params: { id: certificateId },
    body: { name: 'RenewCertificateInput', schema: renewInput },
    response: { name: 'CertificateRenewal', schema: renewalView },
    status: 201,
  },
  'registries.getPerson': { params: personParams.shape, response: { name: 'RegistryPerson', schema: personView } },
  'registries.getEntity': { params: entityParams.shape, response: { name: 'RegistryRecord', schema: recordView } },
  'registries.getBuilding': { params: buildingParams.shape, response: { name: 'RegistryRecord', schema: recordView } },
  'registries.startImport': {
    body: { name: 'RegistryImportInput', schema: importInput },
    response: { name: 'RegistryImport', schema: importJob },
    status: 201,
  },
  'registries.getImport': { params: importParams.shape, response: { name: 'RegistryImport', schema: importJob } },
  'registries.importErrors': { params: importParams.shape, media: 'text/csv' },
  'registries.quality': { response: { name: 'RegistryQuality', schema: qualityReport } },
  'registries.qualityIssues': {
    query: qualityIssuesQuery,
    response: { name: 'RegistryQualityIssues', schema: qualityIssuesPage },
  },
  ...dataSharingSchemas,
  ...gridSchemas,
};
