import { describe, expect, it } from 'vitest';
import { demoUsers } from '../../infra/local/identity/demo-users.js';
import { csvLine } from '../../functions/src/registries/csv.js';
import { columns } from '../../functions/src/registries/model.js';
import { api, eventually, tokenFor } from '../support/api.js';
import { buildingsImport, seededBuilding, seededEntity, seededPerson } from './fixtures/registry-fixtures.js';

/**
 * The base registries' API: lookup by exact identifier only, each person read audited without the
 * number; a steward's GB18030 import with an error file, idempotent on re-import; quality figures.
 */
const subOf = (username: string) => demoUsers.find((u) => u.username === username)!.sub;

/** `张三` in GB18030 (D5C5 C8FD); the rest of the row is ASCII, the same bytes in both encodings. */
const zhangSanGb = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]);
const newPerson = '44010420000229001';
const gbPersons = (idNumber: string) =>
  Buffer.concat([
    Buffer.from(csvLine([...columns.persons])),
    Buffer.from(`${idNumber},`),
    zhangSanGb,
    Buffer.from(`,,hukou,beijing,beijing-01,${seededBuilding},,13800138000\r\n`),
    Buffer.from(`440104200002290011,`), // a bad check digit
    zhangSanGb,
    Buffer.from(`,,hukou,beijing,,,,\r\n`),
  ]);

async function importPersons(token: string, bytes: Buffer) {
  return api('POST', '/api/registries/imports', {
    token,
    body: {
      registry: 'persons',
      fileName: '户籍.csv',
      encoding: 'gb18030',
      contentBase64: bytes.toString('base64'),
      reason: '户籍迁入',
    },
  });
}

describe('the base registries API', () => {
  it('lets an officer look a person up by exact ID number, audited by blind index only', async () => {
    const token = await tokenFor('officer1');
    const res = await api('GET', `/api/registries/persons/${seededPerson}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ idNumber: seededPerson, name: '陈小明', sex: 'male', birthDate: '1985-03-15' });
    expect(res.body.current).toMatchObject({ version: 1, by: 'system:seed', source: 'synthetic-generator' });
    const audit = await eventually(async () => {
      const page = await api('GET', `/api/audit?actor=${subOf('officer1')}&limit=200`, {
        token: await tokenFor('supervisor1'),
      });
      const records = page.body.items as Array<{ action: string; resource: { id: string } }>;
      return records.find((r) => r.action === 'registries.getPerson');
    });
    expect(audit.resource.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(audit)).not.toContain(seededPerson);
  });

  it('refuses citizens, names a bad ID number, and answers 404 for nobody', async () => {
    expect(
      (await api('GET', `/api/registries/persons/${seededPerson}`, { token: await tokenFor('citizen1') })).status,
    ).toBe(403);
    const bad = await api('GET', '/api/registries/persons/440104198503152015', { token: await tokenFor('officer1') });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].field).toBe('idNumber');
    const nobody = `${newPerson.slice(0, 14)}999`;
    const { residentIdCheckCharacter } = await import('../../functions/src/platform/personal-data/resident-id.js');
    const missing = await api('GET', `/api/registries/persons/${nobody}${residentIdCheckCharacter(nobody)}`, {
      token: await tokenFor('officer1'),
    });
    expect(missing.status).toBe(404);
  });

  it('looks up entities (legal representative masked) and buildings', async () => {
    const token = await tokenFor('clerk1');
    const entity = await api('GET', `/api/registries/entities/${seededEntity()}`, { token });
    expect(entity.status, JSON.stringify(entity.body)).toBe(200);
    expect(entity.body.data.legalRepIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    const building = await api('GET', `/api/registries/buildings/${seededBuilding}`, { token });
    expect(building.body.data).toMatchObject({ code: seededBuilding, street: 'hongqiao' });
  });

  it('imports a GB18030 file, reports the bad row in an error file, and a re-import changes nothing', async () => {
    const { residentIdCheckCharacter } = await import('../../functions/src/platform/personal-data/resident-id.js');
    const idNumber = `${newPerson}${residentIdCheckCharacter(newPerson)}`;
    const token = await tokenFor('steward1');
    const first = await importPersons(token, gbPersons(idNumber));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ status: 'succeeded', total: 2, processed: 2, created: 1, rejected: 1 });
    const errors = await api('GET', first.body.errorFile, { token });
    expect(errors.status).toBe(200);
    expect(String(errors.body)).toContain('line,field,reason');
    expect(String(errors.body)).toMatch(/3,idNumber,check digit/);
    const job = await api('GET', `/api/registries/imports/${first.body.id}`, { token });
    expect(job.body).toMatchObject({ id: first.body.id, status: 'succeeded', created: 1 });

    const person = await api('GET', `/api/registries/persons/${idNumber}`, { token });
    expect(person.body).toMatchObject({ name: '张三', sex: 'male', birthDate: '2000-02-29', phone: '13800138000' });
    expect(person.body.current).toMatchObject({ reason: '户籍迁入', by: subOf('steward1') });

    const again = await importPersons(token, gbPersons(idNumber));
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 1, rejected: 1 });
  });

  it('refuses a file with a wrong header naming the missing column', async () => {
    const body = buildingsImport();
    const res = await api('POST', '/api/registries/imports', {
      token: await tokenFor('steward1'),
      body: { ...body, contentBase64: Buffer.from('code,street\n').toString('base64') },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_FILE_INVALID');
    expect(res.body.error.message).toContain('missing: address');
  });

  it('shows quality per registry and field, recomputed after an import', async () => {
    const res = await api('GET', '/api/registries/quality', { token: await tokenFor('supervisor1') });
    expect(res.status).toBe(200);
    const persons = res.body.registries.find((r: { registry: string }) => r.registry === 'persons');
    expect(persons.records).toBeGreaterThan(2000);
    const phone = persons.fields.find((f: { field: string }) => f.field === 'phone');
    expect(phone.completeness).toBeGreaterThan(0.5);
    expect(phone.completeness).toBeLessThan(1);
    expect(persons.fields.find((f: { field: string }) => f.field === 'idNumber').completeness).toBe(1);
    expect(persons.danglingReferences).toBe(0);
    expect(persons.invalid).toBe(1);
  });
});
