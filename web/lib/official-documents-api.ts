import {
  officialDocument,
  officialDocumentList,
  type CreateDocumentInput,
  type DocumentActionInput,
  type DocumentView,
} from '../../functions/src/official-documents/model';
import {
  archiveCheckResult,
  archiveSearchResult,
  catalogueLine,
} from '../../functions/src/official-documents/archive-model';
import { request } from './api';
import { config } from './config';
import { getSession } from './session';

/** The official documents' calls (公文), for server components and server actions; the API checks every input. */

const id = (value: string) => encodeURIComponent(value);

export const officialDocumentsApi = {
  list: (view: DocumentView) => request(`/api/official-documents?view=${view}`, officialDocumentList),
  get: (documentId: string) => request(`/api/official-documents/${id(documentId)}`, officialDocument),
  create: (input: CreateDocumentInput) =>
    request('/api/official-documents', officialDocument, { method: 'POST', body: input }),
  act: (documentId: string, input: DocumentActionInput) =>
    request(`/api/official-documents/${id(documentId)}/actions`, officialDocument, { method: 'POST', body: input }),
  /** The archive catalogue, searched (the query as the page's form sent it; the API validates it). */
  searchArchive: (query: URLSearchParams) =>
    request(`/api/official-documents-archive?${query.toString()}`, archiveSearchResult),
  /** The archive's integrity check of the caller's department. */
  checkArchive: () => request('/api/official-documents-archive/check', archiveCheckResult),
  /** 立即归档: archives a signed document not archived yet; its catalogue line. */
  archiveNow: (documentId: string) =>
    request(`/api/official-documents-archive/${id(documentId)}/archive`, catalogueLine, { method: 'POST' }),
  /** A signed document's final PDF, unparsed, so a route handler can stream it. */
  pdf: (documentId: string) => streamed(`/api/official-documents/${id(documentId)}/pdf`),
  /** The signed PDF as archived at signing, unparsed. */
  archivedPdf: (documentId: string) => streamed(`/api/official-documents-archive/${id(documentId)}/pdf`),
};

async function streamed(path: string): Promise<Response> {
  const token = (await getSession())?.accessToken;
  return fetch(`${config().apiOrigin}${path}`, {
    headers: { accept: 'application/pdf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    cache: 'no-store',
    signal: AbortSignal.timeout(30_000),
  });
}
