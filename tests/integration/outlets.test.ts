import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';

const fieldsOf = (body: any) => (body.error.details.fields as { field: string }[]).map((f) => f.field);

describe('service outlets', () => {
  it('lists the 22 service stations and the department windows, labelled as demo data', async () => {
    const res = await api('GET', '/api/outlets');
    expect(res.status).toBe(200);
    const kinds = res.body.items.map((o: { kind: string }) => o.kind);
    expect(kinds.filter((k: string) => k !== 'department-window')).toHaveLength(22);
    expect(kinds).toContain('department-window');
    expect(res.body.notice.zh).toContain('演示数据');
    expect(res.body.items[0]).not.toHaveProperty('distanceMeters');
  });

  it('orders outlets by distance from near=lat,lng, nearest first', async () => {
    // Beside the Dongshan street station.
    const res = await api('GET', '/api/outlets?near=23.1271,113.2926');
    expect(res.status).toBe(200);
    expect(res.body.items[0].code).toBe('street-dongshan');
    const distances = res.body.items.map((o: { distanceMeters: number }) => o.distanceMeters);
    expect(distances[0]).toBeLessThan(50);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
  });

  it('filters by type', async () => {
    const res = await api('GET', '/api/outlets?type=department&near=23.13,113.27');
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((o: { type: string }) => o.type === 'department')).toBe(true);
  });

  it.each([
    ['near=23.13', 'near'],
    ['near=north', 'near'],
    ['near=95,113.27', 'near'],
    ['type=shop', 'type'],
    ['radius=5', 'radius'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const res = await api('GET', `/api/outlets?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(res.body)).toEqual([field]);
  });
});
