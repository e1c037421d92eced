import { getSession } from './session';
import { plainResponse, privateFileResponse } from './file-responses';

const documentIdPattern = /^[0-9a-z-]{4,40}$/;

/**
 * Streams an official document's PDF from the API (`fetchPdf`, with the signed-in user's own token, so the browser
 * never holds the token) with its bytes unchanged, so the signature still verifies. 401 signed out (or locked),
 * 404 no such document (or not theirs), 409 `conflict` (not signed yet; the archived copy damaged), 400 a malformed
 * address.
 */
export async function officialDocumentPdfResponse(
  documentId: string,
  fetchPdf: (documentId: string) => Promise<Response>,
  conflict: string,
): Promise<Response> {
  if (!documentIdPattern.test(documentId)) return plainResponse(400, 'No such document.');
  if (!(await getSession())) return plainResponse(401, 'Sign in again to open this document.');

  const upstream = await fetchPdf(documentId).catch(() => undefined);
  if (!upstream) return plainResponse(502, 'The document cannot be fetched right now.');
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 403 ? 404 : upstream.status >= 500 ? 502 : upstream.status;
    const message =
      status === 404 ? 'No such document.' : status === 409 ? conflict : 'The document cannot be fetched right now.';
    return plainResponse(status, message);
  }
  return privateFileResponse(upstream.body, {
    contentType: 'application/pdf',
    disposition: upstream.headers.get('content-disposition') ?? 'inline; filename="official-document.pdf"',
  });
}
