import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;

/**
 * The old generic application form's address: each item now has its own form, so `/apply?service=<code>`
 * redirects to that item's form and a bare `/apply` to the service hall, where one is chosen.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const service = request.nextUrl.searchParams.get('service') ?? '';
  const href = itemCodePattern.test(service) ? `/services/${service}/apply` : '/services';
  return new Response(null, {
    status: 307,
    headers: { location: getPathname({ href, locale }), 'cache-control': 'no-store' },
  });
}
