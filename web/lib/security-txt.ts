/**
 * The portal's security.txt (RFC 9116) at `/.well-known/security.txt`: where to report a vulnerability.
 * `Expires` is computed from the one clock at each request (never a fixed date that would lapse), 180 days
 * ahead — RFC 9116 §2.5.5 recommends less than a year.
 */
export const securityTxtValidityDays = 180;

export function securityTxt(publicOrigin: string, nowMs: number): string {
  const origin = publicOrigin.replace(/\/$/, '');
  const expires = new Date(nowMs + securityTxtValidityDays * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    '# 越秀号 Yuexiu-hao — responsible disclosure (负责任的漏洞披露)',
    `Contact: mailto:security@${new URL(origin).hostname}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: zh, en',
    `Canonical: ${origin}/.well-known/security.txt`,
    '',
  ].join('\n');
}
