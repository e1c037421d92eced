import { NextResponse, type NextRequest } from 'next/server';
import { api, isApiError } from '@/lib/api';
import { getSession } from '@/lib/session';
import { plainResponse, privateFileResponse } from '@/lib/file-responses';

export const dynamic = 'force-dynamic';

const types = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' } as const;
const file = /^(preview|download)\.(pdf|jpg|png)$/;
const documentIdPattern = /^[0-9a-f-]{36}$/i;

/**
 * A case's material for staff in scope: `preview.<ext>` streams it to show in the browser, `download.<ext>`
 * sends the browser to the document's short-lived download URL. Both ask GET /api/documents/{id} with the
 * signed-in user's own token (the API checks the scope and audits the read). The extension names the type
 * the link expects and keeps the path clear of the locale routing. 401 signed out (or locked), 404 no such
 * document (or not theirs), 409 not checked yet, 400 a malformed address.
 */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ documentId: string; file: string }> },
): Promise<Response> {
  const { documentId, file: name } = await params;
  const match = file.exec(name);
  if (!match || !documentIdPattern.test(documentId)) return plainResponse(400, 'No such file.');
  const [, mode, extension] = match as unknown as [string, 'preview' | 'download', keyof typeof types];
  if (!(await getSession())) return plainResponse(401, 'Sign in again to open this file.');

  let document;
  try {
    document = await api.getDocument(documentId);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403)) return plainResponse(404, 'No such file.');
    if (isApiError(error, 401)) return plainResponse(401, 'Sign in again to open this file.');
    return plainResponse(502, 'The file cannot be fetched right now.');
  }
  if (document.contentType !== types[extension]) return plainResponse(404, 'No such file.');
  if (!document.downloadUrl) return plainResponse(409, 'The file has not passed its check yet.');
  if (mode === 'download') {
    return new NextResponse(null, {
      status: 303,
      headers: { location: document.downloadUrl, 'cache-control': 'private, no-store' },
    });
  }

  const upstream = await fetch(document.downloadUrl, { cache: 'no-store', signal: AbortSignal.timeout(30_000) }).catch(
    () => undefined,
  );
  if (!upstream?.ok || !upstream.body) return plainResponse(502, 'The file cannot be fetched right now.');
  return privateFileResponse(upstream.body, {
    // The type the document was checked as (by its bytes), never what storage says.
    contentType: document.contentType,
    disposition: `inline; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
  });
}
