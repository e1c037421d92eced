import {
  officialDocument,
  officialDocumentList,
  type CreateDocumentInput,
  type DocumentActionInput,
  type DocumentView,
} from '../../functions/src/official-documents/model';
import { request } from './api';

/** The official documents' calls (公文), for server components and server actions; the API checks every input. */

const id = (value: string) => encodeURIComponent(value);

export const officialDocumentsApi = {
  list: (view: DocumentView) => request(`/api/official-documents?view=${view}`, officialDocumentList),
  get: (documentId: string) => request(`/api/official-documents/${id(documentId)}`, officialDocument),
  create: (input: CreateDocumentInput) =>
    request('/api/official-documents', officialDocument, { method: 'POST', body: input }),
  act: (documentId: string, input: DocumentActionInput) =>
    request(`/api/official-documents/${id(documentId)}/actions`, officialDocument, { method: 'POST', body: input }),
};
