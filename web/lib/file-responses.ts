import { NextResponse } from 'next/server';

/**
 * The answers of the portal's file route handlers (papers, certificates, exports): a short plain-text
 * refusal, or a file streamed privately — never cached, never sniffed as another type.
 */
export function plainResponse(status: number, message: string): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export function privateFileResponse(
  body: ReadableStream<Uint8Array>,
  file: { contentType: string; disposition: string },
): NextResponse {
  return new NextResponse(body, {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': file.disposition,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
