import { describe, expect, it } from 'vitest';
import { xmlDocument } from '../../../functions/src/grid/xml.js';

describe('GeoReport XML', () => {
  it('writes a list as repeated elements under its root, with the UTF-8 declaration', () => {
    const xml = xmlDocument('services', [{ service_code: 'E0101', metadata: true }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<services><service><service_code>E0101</service_code><metadata>true</metadata></service></services>',
    );
  });

  it('names list entries by the given item name and nested lists by their singular', () => {
    const xml = xmlDocument('service_requests', [{ service_request_id: 'G1' }], 'request');
    expect(xml).toContain('<service_requests><request><service_request_id>G1</service_request_id></request>');
    const definition = xmlDocument('service_definition', {
      service_code: 'E0101',
      attributes: [{ code: 'hazard', values: [{ key: 'yes', name: '是' }] }],
    });
    expect(definition).toContain(
      '<attributes><attribute><code>hazard</code><values><value><key>yes</key><name>是</name></value></values></attribute></attributes>',
    );
  });

  it('escapes markup in values and leaves out absent fields', () => {
    const xml = xmlDocument('errors', [{ code: 400, description: 'a < b & "c"', extra: undefined }], 'error');
    expect(xml).toContain('<description>a &lt; b &amp; &quot;c&quot;</description>');
    expect(xml).not.toContain('extra');
  });
});
