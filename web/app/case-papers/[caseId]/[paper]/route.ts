import { NextResponse, type NextRequest } from 'next/server';
import { api } from '@/lib/api';
import { getSession } from '@/lib/session';

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
  if (!kind || !caseIdPattern.test(caseId)) return plain(400, 'No such paper.');
  const session = await getSession();
  if (!session) return plain(401, 'Sign in again to download this paper.');

  const upstream = await api.casePaper(caseId, kind).catch(() => undefined);
  if (!upstream) return plain(502, 'The paper cannot be fetched right now.');
  if (!upstream.ok || !upstream.body) {
    const status = upstream.status === 403 ? 404 : upstream.status >= 500 ? 502 : upstream.status;
    return plain(status, status === 404 ? 'No such paper.' : 'The paper cannot be fetched right now.');
  }
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': upstream.headers.get('content-disposition') ?? `inline; filename="${kind}.pdf"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

function plain(status: number, message: string): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
