import type { WebConfig } from './config';

/**
 * The portal's Content-Security-Policy for one response. Scripts run only with this response's nonce (Next
 * puts it on its own scripts; 'strict-dynamic' lets them load the chunks they need), never inline; the page
 * may talk to itself and the document upload origin (and show images from it), post forms to itself and the identity providers.
 */
export function contentSecurityPolicy(nonce: string, web: WebConfig): string {
  const origins = (urls: string[]) => [...new Set(urls.map((url) => new URL(url).origin))];
  const identityProviders = origins([
    web.auth.authorizeUrl,
    web.auth.logoutUrl,
    web.staffAuth.authorizeUrl,
    web.staffAuth.logoutUrl,
  ]);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'unsafe-eval' only for `next dev` (React's dev tooling); production builds never get it.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(web.development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", `'nonce-${nonce}'`],
    // React sets a few style attributes (e.g. the route announcer); attributes cannot run code.
    'style-src-attr': ["'unsafe-inline'"],
    // A city event's photos are shown from the documents bucket (presigned, short-lived URLs).
    'img-src': ["'self'", 'data:', 'blob:', ...(web.uploadOrigin ? [web.uploadOrigin] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(web.uploadOrigin ? [web.uploadOrigin] : [])],
    // The sign-out form is redirected to the identity provider's logout endpoint.
    'form-action': ["'self'", ...identityProviders],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  if (web.secureCookies) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/** HSTS for two years, only when the portal is served over https (browsers ignore it on http anyway). */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';
