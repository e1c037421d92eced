import { describe, expect, it } from 'vitest';
import { parseViewerAddress, viewerAddress } from '../../../functions/src/platform/viewer-address.js';

describe('viewer address', () => {
  it('reads CloudFront-Viewer-Address as ip:port, for IPv4 and unbracketed IPv6', () => {
    expect(parseViewerAddress('198.51.100.7:46532')).toBe('198.51.100.7');
    expect(parseViewerAddress('2001:db8::1:443')).toBe('2001:db8::1');
    expect(parseViewerAddress('::ffff:127.0.2.9:5000')).toBe('127.0.2.9');
    expect(parseViewerAddress('203.0.113.4')).toBe('203.0.113.4');
  });

  it('ignores a malformed value and falls back to the connection address', () => {
    expect(parseViewerAddress('not-an-ip:80')).toBeUndefined();
    expect(viewerAddress({ 'cloudfront-viewer-address': '<script>' }, '10.0.0.5')).toBe('10.0.0.5');
    expect(viewerAddress(undefined, undefined)).toBe('unknown');
  });

  it('prefers the edge header over the connection address', () => {
    expect(viewerAddress({ 'cloudfront-viewer-address': '198.51.100.7:1' }, '10.0.0.5')).toBe('198.51.100.7');
  });
});
