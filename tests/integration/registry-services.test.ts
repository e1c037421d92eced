import { describe, expect, it } from 'vitest';
import { demoUsers } from '../../infra/local/identity/demo-users.js';
import { creditCodeCheckCharacter } from '../../functions/src/registries/credit-code.js';
import { demoEntity, demoScale, demoSeed } from '../../functions/src/registries/seed.js';
import { generateRows } from '../../functions/src/registries/synthetic.js';
import { api, eventually, tokenFor } from '../support/api.js';
import { secondPerson, seededPerson } from './fixtures/registry-fixtures.js';

/**
 * The services use the base registries (issue 14 item 4): a citizen's consented prefill from their own person
 * record, the counter clerk's lookup of a walk-in applicant, and binding an account to a legal entity only as
 * its registered legal representative or an agent the representative authorised.
 */
const elderAllowance = '440104-MZ-0007';
const subOf = (username: string) => demoUsers.find((u) => u.username === username)!.sub;

interface AuditRecord {
  action: string;
  resource: { id: string };
  details: Record<string, string>;
}

async function auditOf(username: string, action: string, resourceId: string) {
  return eventually(async () => {
    const page = await api('GET', `/api/audit?actor=${subOf(username)}&action=${action}&limit=100`, {
      token: await tokenFor('supervisor1'),
    });
    return (page.body.items as AuditRecord[]).find((r) => r.resource.id === resourceId);
  });
}

async function freshDraft(username: string, query = '') {
  const token = await tokenFor(username);
  await api('DELETE', `/api/forms/${elderAllowance}/draft`, { token });
  return api('GET', `/api/forms/${elderAllowance}/draft${query}`, { token });
}

describe('registry prefill of forms', () => {
  it('fills nothing from the registry without the citizen’s consent, but says the form could use it', async () => {
    const res = await freshDraft('citizen1');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.registryFields).toBe(true);
    expect(res.body.registry).toBeUndefined();
    expect(res.body.prefill).toMatchObject({ applicantName: '陈小明', idNumber: seededPerson });
    expect(res.body.prefill).not.toHaveProperty('birthDate');
    expect(res.body.prefill).not.toHaveProperty('householdAddress');
  });

  it('with consent fills the citizen’s own birth date and address, and audits the registry read', async () => {
    const res = await freshDraft('citizen1', '?prefill=registry');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.registry).toBe('used');
    expect(res.body.prefill.birthDate).toBe('1985-03-15');
    expect(res.body.prefill.householdAddress).toMatch(/^广州市越秀区.+号\d+房$/);
    const audit = await auditOf('citizen1', 'registries.prefill', elderAllowance);
    expect(audit.details).toMatchObject({
      registry: 'persons',
      consent: 'prefill=registry',
      outcome: 'used',
      registryFields: 'birthDate|address',
    });
    expect(JSON.stringify(audit)).not.toContain(seededPerson);
  });

  it('does not overwrite what a draft already holds', async () => {
    const token = await tokenFor('citizen2');
    await api('DELETE', `/api/forms/${elderAllowance}/draft`, { token });
    const saved = await api('PUT', `/api/forms/${elderAllowance}/draft`, {
      token,
      body: { answers: { householdAddress: '广州市越秀区自填路1号' }, version: 0 },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const res = await api('GET', `/api/forms/${elderAllowance}/draft?prefill=registry`, { token });
    expect(res.body.draft.answers.householdAddress).toBe('广州市越秀区自填路1号');
    expect(res.body.prefill).not.toHaveProperty('householdAddress');
    expect(res.body.prefill.birthDate).toBe('1992-08-23');
    await api('DELETE', `/api/forms/${elderAllowance}/draft`, { token });
  });

  it('reads nothing for an account without a real-name-verified ID number, and says so', async () => {
    const res = await freshDraft('citizen3', '?prefill=registry');
    expect(res.status).toBe(200);
    expect(res.body.registry).toBe('unverified');
    expect(res.body.prefill).not.toHaveProperty('birthDate');
    const audit = await auditOf('citizen3', 'registries.prefill', elderAllowance);
    expect(audit.details.outcome).toBe('unverified');
  });

  it('refuses a prefill query it does not know', async () => {
    const res = await freshDraft('citizen1', '?prefill=everything');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
  });
});

describe('the counter clerk looks a walk-in applicant up', () => {
  it('shows the registry record (name, sex, birth date, address) and audits the read', async () => {
    const res = await api('GET', `/api/registries/persons/${seededPerson}`, { token: await tokenFor('clerk1') });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      name: '陈小明',
      sex: 'male',
      birthDate: '1985-03-15',
      street: expect.any(String),
    });
    expect(res.body.address).toMatch(/^广州市越秀区/);
    const audit = await eventually(async () => {
      const page = await api('GET', `/api/audit?actor=${subOf('clerk1')}&action=registries.getPerson&limit=50`, {
        token: await tokenFor('supervisor1'),
      });
      return (page.body.items as AuditRecord[])[0];
    });
    expect(audit.details.registry).toBe('persons');
  });
});

describe('binding an account to a legal entity', () => {
  const bind = async (user: string, creditCode: string) =>
    api('PUT', '/api/me/entity-binding', { token: await tokenFor(user), body: { creditCode } });

  it('binds the registered legal representative, audited, and shows the binding', async () => {
    const res = await bind('citizen1', demoEntity.creditCode);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.binding).toMatchObject({
      creditCode: demoEntity.creditCode,
      entityName: demoEntity.name,
      role: 'representative',
    });
    const read = await api('GET', '/api/me/entity-binding', { token: await tokenFor('citizen1') });
    expect(read.body.binding.creditCode).toBe(demoEntity.creditCode);
    const audit = await auditOf('citizen1', 'identity.putEntityBinding', demoEntity.creditCode);
    expect(audit.details.role).toBe('representative');
  });

  it('refuses someone who is not the representative until the representative authorises them', async () => {
    const refused = await bind('citizen2', demoEntity.creditCode);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('NOT_LEGAL_REPRESENTATIVE');
    const notRep = await api('POST', '/api/me/entity-binding/agents', {
      token: await tokenFor('citizen2'),
      body: { idNumber: secondPerson },
    });
    expect(notRep.status).toBe(403);

    expect((await bind('citizen1', demoEntity.creditCode)).status).toBe(200);
    const added = await api('POST', '/api/me/entity-binding/agents', {
      token: await tokenFor('citizen1'),
      body: { idNumber: secondPerson },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.agents).toContainEqual(expect.objectContaining({ idNumberMasked: '440104********4521' }));
    expect(JSON.stringify(added.body)).not.toContain(secondPerson);

    const agent = await bind('citizen2', demoEntity.creditCode);
    expect(agent.status, JSON.stringify(agent.body)).toBe(200);
    expect(agent.body.binding.role).toBe('agent');
    expect(agent.body.agents).toEqual([]);
  });

  it('lets the representative withdraw an agent, which ends the agent binding, audited', async () => {
    const rep = await tokenFor('citizen1');
    const view = await api('GET', '/api/me/entity-binding', { token: rep });
    const agent = (view.body.agents as { agentId: string; idNumberMasked: string }[]).find(
      (a) => a.idNumberMasked === '440104********4521',
    );
    expect(agent, JSON.stringify(view.body)).toBeDefined();
    expect(agent!.agentId).toMatch(/^[A-Za-z0-9_-]{16}$/);

    const byAgent = await api('DELETE', `/api/me/entity-binding/agents/${agent!.agentId}`, {
      token: await tokenFor('citizen2'),
    });
    expect(byAgent.status).toBe(403);
    expect(byAgent.body.error.code).toBe('NOT_LEGAL_REPRESENTATIVE');
    const malformed = await api('DELETE', '/api/me/entity-binding/agents/not-an-id', { token: rep });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.fields[0].field).toBe('agentId');
    const unknown = await api('DELETE', '/api/me/entity-binding/agents/AAAAAAAAAAAAAAAA', { token: rep });
    expect(unknown.status).toBe(404);

    const removed = await api('DELETE', `/api/me/entity-binding/agents/${agent!.agentId}`, { token: rep });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(removed.body.agents).not.toContainEqual(expect.objectContaining({ agentId: agent!.agentId }));
    const audit = await auditOf('citizen1', 'identity.removeEntityAgent', demoEntity.creditCode);
    expect(audit.details.agentId).toBe(agent!.agentId);

    // The agent's binding ended with the authorisation, and binding again is refused.
    const read = await api('GET', '/api/me/entity-binding', { token: await tokenFor('citizen2') });
    expect(read.body).toEqual({ binding: null, agents: [] });
    const again = await bind('citizen2', demoEntity.creditCode);
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('NOT_LEGAL_REPRESENTATIVE');
  });

  it('refuses an account without a verified ID number, an unknown entity and an inactive one', async () => {
    const unverified = await bind('citizen3', demoEntity.creditCode);
    expect(unverified.status).toBe(422);
    expect(unverified.body.error.code).toBe('REAL_NAME_REQUIRED');

    const unknown = `91440104MA5YYYYY9${creditCodeCheckCharacter('91440104MA5YYYYY9')}`;
    const missing = await bind('citizen1', unknown);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ENTITY_NOT_FOUND');

    const inactive = [...generateRows('entities', demoSeed, demoScale)].find(
      (row) => row[6] === 'revoked' || row[6] === 'cancelled',
    )!;
    const closed = await bind('citizen1', inactive[0]!);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('ENTITY_NOT_ACTIVE');

    const last = demoEntity.creditCode.at(-1) === '0' ? '1' : '0';
    const malformed = await bind('citizen1', `${demoEntity.creditCode.slice(0, 17)}${last}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.fields[0].field).toBe('creditCode');
  });

  it('keeps enterprise accounts (no verified person) from binding, while they may read their binding', async () => {
    expect((await bind('enterprise1', demoEntity.creditCode)).status).toBe(403);
    const read = await api('GET', '/api/me/entity-binding', { token: await tokenFor('enterprise1') });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ binding: null, agents: [] });
  });
});
