import {
  officialDocument,
  officialDocumentList,
  type CreateDocumentInput,
  type DocumentActionInput,
  type DocumentView,
} from '../../functions/src/official-documents/model';
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
  /** A signed document's final PDF, unparsed, so a route handler can stream it. */
  pdf: async (documentId: string): Promise<Response> => {
    const token = (await getSession())?.accessToken;
    return fetch(`${config().apiOrigin}/api/official-documents/${id(documentId)}/pdf`, {
      headers: { accept: 'application/pdf', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  },
};
