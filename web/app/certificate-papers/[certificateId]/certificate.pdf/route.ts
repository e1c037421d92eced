import type { NextRequest } from 'next/server';
import { api } from '@/lib/api';
import { getSession } from '@/lib/session';
import { plainResponse, privateFileResponse } from '@/lib/file-responses';

export const dynamic = 'force-dynamic';

const certificateIdPattern = /^[0-9a-f-]{36}$/i;

/**
 * One of my e-certificates as PDF (certificate layout, seal image, QR code of the signed credential):
 * streams GET /api/me/certificates/{id}/pdf with the signed-in holder's own token, so the browser never
 * holds the token, as an attachment. The path ends in `.pdf`, which keeps it clear of the locale routing.
 * 401 signed out (or locked), 404 no such certificate (or not theirs), 400 a malformed address.
 */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ certificateId: string }> },
): Promise<Response> {
  const { certificateId } = await params;
  if (!certificateIdPattern.test(certificateId)) return plainResponse(400, 'No such certificate.');
  const session = await getSession();
  if (!session) return plainResponse(401, 'Sign in again to download this certificate.');

  const upstream = await api.certificatePdf(certificateId).catch(() => undefined);
  if (!upstream) return plainResponse(502, 'The certificate cannot be fetched right now.');
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 403 ? 404 : upstream.status >= 500 ? 502 : upstream.status;
    return plainResponse(
      status,
      status === 404 ? 'No such certificate.' : 'The certificate cannot be fetched right now.',
    );
  }
  const inline = upstream.headers.get('content-disposition') ?? 'inline; filename="certificate.pdf"';
  return privateFileResponse(upstream.body, {
    contentType: 'application/pdf',
    disposition: inline.replace(/^inline/, 'attachment'),
  });
}
