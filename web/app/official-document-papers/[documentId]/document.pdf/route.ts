import type { NextRequest } from 'next/server';
import { getSession } from '@/lib/session';
import { plainResponse, privateFileResponse } from '@/lib/file-responses';
import { officialDocumentsApi } from '@/lib/official-documents-api';

export const dynamic = 'force-dynamic';

const documentIdPattern = /^[0-9a-z-]{4,40}$/;

/**
 * A signed official document's final PDF (GB/T 9704, seal, digital signature) for staff of the drafting or a
 * recipient department: streams GET /api/official-documents/{id}/pdf with the signed-in user's own token, so
 * the browser never holds the token, and the bytes unchanged, so the signature still verifies. The path ends in
 * `.pdf`, which keeps it clear of the locale routing. 401 signed out (or locked), 404 no such document (or not
 * theirs), 409 not signed yet, 400 a malformed address.
 */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ documentId: string }> },
): Promise<Response> {
  const { documentId } = await params;
  if (!documentIdPattern.test(documentId)) return plainResponse(400, 'No such document.');
  if (!(await getSession())) return plainResponse(401, 'Sign in again to open this document.');

  const upstream = await officialDocumentsApi.pdf(documentId).catch(() => undefined);
  if (!upstream) return plainResponse(502, 'The document cannot be fetched right now.');
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 403 ? 404 : upstream.status >= 500 ? 502 : upstream.status;
    const message =
      status === 404
        ? 'No such document.'
        : status === 409
          ? 'The document has no PDF until it is signed.'
          : 'The document cannot be fetched right now.';
    return plainResponse(status, message);
  }
  return privateFileResponse(upstream.body, {
    contentType: 'application/pdf',
    disposition: upstream.headers.get('content-disposition') ?? 'inline; filename="official-document.pdf"',
  });
}
