import type { NextRequest } from 'next/server';
import { api } from '@/lib/api';
import { getSession } from '@/lib/session';
import { plainResponse, privateFileResponse } from '@/lib/file-responses';

export const dynamic = 'force-dynamic';

const papers = { 'receipt.pdf': 'receipt', 'result.pdf': 'result' } as const;
const caseIdPattern = /^[0-9a-f-]{36}$/i;

/**
 * A case's acceptance receipt or result notice as PDF: streams GET /api/cases/{id}/receipt.pdf or
 * result.pdf with the signed-in user's own token, so the browser never holds the token. The path ends in
 * `.pdf`, which also keeps it clear of the locale routing. 401 signed out (or locked), 404 no such case
 * or paper (or not theirs), 400 a malformed address.
 */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ caseId: string; paper: string }> },
): Promise<Response> {
  const { caseId, paper } = await params;
  const kind = Object.hasOwn(papers, paper) ? papers[paper as keyof typeof papers] : undefined;
  if (!kind || !caseIdPattern.test(caseId)) return plainResponse(400, 'No such paper.');
  const session = await getSession();
  if (!session) return plainResponse(401, 'Sign in again to download this paper.');

  const upstream = await api.casePaper(caseId, kind).catch(() => undefined);
  if (!upstream) return plainResponse(502, 'The paper cannot be fetched right now.');
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 403 ? 404 : upstream.status >= 500 ? 502 : upstream.status;
    return plainResponse(status, status === 404 ? 'No such paper.' : 'The paper cannot be fetched right now.');
  }
  return privateFileResponse(upstream.body, {
    contentType: 'application/pdf',
    disposition: upstream.headers.get('content-disposition') ?? `inline; filename="${kind}.pdf"`,
  });
}
