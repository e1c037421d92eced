import { config } from '../../../lib/config';

export const dynamic = 'force-dynamic';

/**
 * The district's e-certificate keys at the standard address: the API's `GET /api/certificates/jwks.json`
 * (the one route that serves them), passed through with its caching. 502 when the API cannot be reached.
 */
export async function GET(): Promise<Response> {
  const upstream = await fetch(`${config().apiOrigin}/api/certificates/jwks.json`, {
    cache: 'no-store',
    signal: AbortSignal.timeout(10_000),
  }).catch(() => undefined);
  if (!upstream?.ok) return new Response('The keys cannot be fetched right now.', { status: 502 });
  return new Response(await upstream.text(), {
    headers: {
      'content-type': 'application/jwk-set+json',
      'cache-control': upstream.headers.get('cache-control') ?? 'public, max-age=3600',
      'access-control-allow-origin': '*',
    },
  });
}
