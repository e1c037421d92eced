import {
  createDocumentInput,
  documentActionInput,
  documentListQuery,
  officialDocument,
  officialDocumentId,
  officialDocumentList,
} from '../official-documents/model.js';
import {
  archiveCheckQuery,
  archiveCheckResult,
  archiveSearchQuery,
  archiveSearchResult,
  catalogueLine,
} from '../official-documents/archive-model.js';

/**
 * The official documents' routes (公文: drafting to signing, receipt, the signed PDF, the archive), spread into
 * `routeSchemas` (schemas.ts), which checks them against the route table.
 */
export const officialDocumentsSchemas = {
  'official-documents.list': {
    query: documentListQuery,
    response: { name: 'OfficialDocumentList', schema: officialDocumentList },
  },
  'official-documents.create': {
    body: { name: 'CreateOfficialDocumentInput', schema: createDocumentInput },
    status: 201,
    response: { name: 'OfficialDocument', schema: officialDocument },
  },
  'official-documents.get': {
    params: { id: officialDocumentId },
    response: { name: 'OfficialDocument', schema: officialDocument },
  },
  'official-documents.act': {
    params: { id: officialDocumentId },
    body: { name: 'OfficialDocumentAction', schema: documentActionInput },
    response: { name: 'OfficialDocument', schema: officialDocument },
  },
  'official-documents.pdf': { params: { id: officialDocumentId }, media: 'application/pdf' as const },
  'official-documents.searchArchive': {
    query: archiveSearchQuery,
    response: { name: 'OfficialDocumentArchiveSearch', schema: archiveSearchResult },
  },
  'official-documents.checkArchive': {
    query: archiveCheckQuery,
    response: { name: 'OfficialDocumentArchiveCheck', schema: archiveCheckResult },
  },
  'official-documents.archivedPdf': { params: { id: officialDocumentId }, media: 'application/pdf' as const },
  'official-documents.archiveNow': {
    params: { id: officialDocumentId },
    response: { name: 'OfficialDocumentCatalogueLine', schema: catalogueLine },
  },
};
