/**
 * Where to go after signing in. Only same-origin paths are allowed: anything else (absolute URLs,
 * protocol-relative `//host`, backslash tricks, the auth routes themselves) falls back to the home page.
 */
export function safeReturnTo(candidate: string | null | undefined, publicOrigin: string): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || hasBackslashOrControl(candidate)) {
    return '/';
  }
  let url: URL;
  try {
    url = new URL(candidate, publicOrigin);
  } catch {
    return '/';
  }
  if (url.origin !== publicOrigin) return '/';
  if (url.pathname.startsWith('/auth/') || url.pathname.startsWith('/api/')) return '/';
  return `${url.pathname}${url.search}`;
}

function hasBackslashOrControl(value: string): boolean {
  return [...value].some((char) => char === '\\' || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}
