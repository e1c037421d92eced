import { describe, expect, it } from 'vitest';
import { signViewerAssertion, verifyViewerAssertion } from '../../../functions/src/platform/viewer-assertion.js';
import { trustedViewerHeaders } from '../../../functions/src/platform/edge-trust.js';

const secret = 's'.repeat(43);
const at = Date.UTC(2026, 11, 5, 12, 0, 0);

describe('viewer assertion (the portal speaks for its viewer)', () => {
  it('verifies what the portal signed, for IPv4 and IPv6', () => {
    expect(verifyViewerAssertion(secret, signViewerAssertion(secret, '198.51.100.7', at), at)).toBe('198.51.100.7');
    expect(verifyViewerAssertion(secret, signViewerAssertion(secret, '2001:db8::1', at), at)).toBe('2001:db8::1');
  });

  it('stays the same text through a 5-minute slot, so the WAF can count per viewer', () => {
    expect(signViewerAssertion(secret, '198.51.100.7', at + 1_000)).toBe(
      signViewerAssertion(secret, '198.51.100.7', at + 299_000),
    );
  });

  it('refuses another key, a changed address, a malformed value and an old or future one', () => {
    const good = signViewerAssertion(secret, '198.51.100.7', at);
    expect(verifyViewerAssertion('t'.repeat(43), good, at)).toBeUndefined();
    expect(verifyViewerAssertion(secret, good.replace('198.51.100.7', '198.51.100.8'), at)).toBeUndefined();
    expect(verifyViewerAssertion(secret, 'v1;1;<script>;x', at)).toBeUndefined();
    expect(verifyViewerAssertion(secret, undefined, at)).toBeUndefined();
    expect(verifyViewerAssertion(undefined, good, at)).toBeUndefined();
    expect(verifyViewerAssertion(secret, good, at + 11 * 60_000)).toBeUndefined();
    expect(
      verifyViewerAssertion(secret, signViewerAssertion(secret, '198.51.100.7', at + 10 * 60_000), at),
    ).toBeUndefined();
  });

  it('replaces the edge address with a verified assertion and drops the assertion header either way', () => {
    const edge = { 'cloudfront-viewer-address': '10.0.0.5:443' };
    const signed = trustedViewerHeaders(
      { ...edge, 'x-viewer-assertion': signViewerAssertion(secret, '198.51.100.7') },
      secret,
    );
    expect(signed).toEqual({ 'cloudfront-viewer-address': '198.51.100.7:0' });
    const forged = trustedViewerHeaders(
      { ...edge, 'x-viewer-assertion': signViewerAssertion('f'.repeat(43), '1.2.3.4') },
      secret,
    );
    expect(forged).toEqual(edge);
  });
});
