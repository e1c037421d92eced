import { describe, expect, it } from 'vitest';
import { nestedSectionHrefs, sectionsFor } from '../../../web/app/[locale]/staff/_lib/staff-roles.js';

const keys = (roles: string[]) => sectionsFor(roles).map((s) => s.key);

describe('the staff navigation', () => {
  it('links the certificate check for every role the verify route admits', () => {
    for (const role of ['clerk', 'officer', 'head', 'supervisor']) expect(keys([role])).toContain('verify');
    expect(keys(['citizen'])).toEqual([]);
    expect(keys(['cataloger'])).not.toContain('verify');
  });

  it('puts the check after the counter, and gives an officer the check without the counter', () => {
    expect(keys(['clerk'])).toEqual(['inbox', 'counter', 'verify']);
    expect(keys(['officer'])).toContain('verify');
    expect(keys(['officer'])).not.toContain('counter');
  });

  it('opens city events to the grid’s staff, never to citizens who report them', () => {
    for (const role of ['dispatcher', 'inspector', 'officer', 'head', 'supervisor'])
      expect(keys([role])).toContain('grid');
    expect(keys(['citizen', 'enterprise'])).toEqual([]);
    expect(keys(['dispatcher'])).toEqual(['inbox', 'grid', 'open311Clients']);
  });

  it('links the Open311 clients for dispatchers only, nested under city events', () => {
    for (const role of ['inspector', 'officer', 'head', 'supervisor', 'admin', 'citizen'])
      expect(keys([role])).not.toContain('open311Clients');
    expect(nestedSectionHrefs('/staff/grid')).toEqual(['/staff/grid/open311-clients']);
  });

  it('knows the check is nested under the counter, so the counter is not current on it', () => {
    expect(nestedSectionHrefs('/staff/counter')).toEqual(['/staff/counter/verify']);
    expect(nestedSectionHrefs('/staff/counter/verify')).toEqual([]);
    expect(nestedSectionHrefs('/staff/supervision')).toEqual([]);
  });

  it('links official documents for the department staff the route admits, and not for street clerks', () => {
    for (const role of ['officer', 'head', 'docclerk']) expect(keys([role])).toContain('officialDocuments');
    expect(keys(['clerk'])).not.toContain('officialDocuments');
  });
});
