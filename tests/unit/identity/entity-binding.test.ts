import { describe, expect, it } from 'vitest';
import { bindingRoleFor } from '../../../functions/src/identity/entity-binding.js';

const entity = { status: 'active', legalRepIndex: 'rep-index' };

describe('the entity binding rule', () => {
  it('binds the registered legal representative as representative', () => {
    expect(bindingRoleFor('rep-index', entity, false)).toBe('representative');
  });

  it('binds an agent the representative recorded as agent', () => {
    expect(bindingRoleFor('agent-index', entity, true)).toBe('agent');
  });

  it('refuses anyone else', () => {
    expect(bindingRoleFor('someone', entity, false)).toBe('NOT_LEGAL_REPRESENTATIVE');
  });

  it('refuses an account without a real-name-verified ID number before anything else', () => {
    expect(bindingRoleFor(undefined, entity, true)).toBe('REAL_NAME_REQUIRED');
    expect(bindingRoleFor(undefined, undefined, false)).toBe('REAL_NAME_REQUIRED');
  });

  it('refuses an unknown entity and one that is revoked or cancelled, even to its representative', () => {
    expect(bindingRoleFor('rep-index', undefined, false)).toBe('ENTITY_NOT_FOUND');
    expect(bindingRoleFor('rep-index', { ...entity, status: 'revoked' }, false)).toBe('ENTITY_NOT_ACTIVE');
    expect(bindingRoleFor('agent-index', { ...entity, status: 'cancelled' }, true)).toBe('ENTITY_NOT_ACTIVE');
  });

  it('never matches an entity whose representative is unknown', () => {
    expect(bindingRoleFor('', { status: 'active', legalRepIndex: '' }, false)).toBe('REAL_NAME_REQUIRED');
    expect(bindingRoleFor('x', { status: 'active', legalRepIndex: '' }, false)).toBe('NOT_LEGAL_REPRESENTATIVE');
  });
});
