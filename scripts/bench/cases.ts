import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { percentile } from './percentile.js';
import { demoCredentials } from '../../infra/local/identity/demo-users.js';

/**
 * Figures of the case engine against a running local cloud (a child process): the machine time of a
 * whole case (filing to completion, with every human decision taken at once), submission latency under
 * 50 concurrent clients, and the inbox query with 10,000 open work items in one inbox.
 */

const item = '440104-MZ-0007';
const samplePdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export interface CaseFigures {
  lifecycle: { cases: number; p50Ms: number; p99Ms: number };
  submit: { clients: number; submissions: number; p50Ms: number; p99Ms: number; perSecond: number; duplicates: number };
  inbox: { openItems: number; pageSize: number; p50Ms: number; p99Ms: number };
}

function client(origin: string) {
  const tokens = new Map<string, string>();
  const token = async (user: string) => {
    if (!tokens.has(user)) {
      const res = await fetch(`${origin}/api/auth/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(demoCredentials(user)),
      });
      tokens.set(user, ((await res.json()) as { access_token: string }).access_token);
    }
    return tokens.get(user)!;
  };
  const call = async (user: string, method: string, route: string, body?: unknown) => {
    const res = await fetch(`${origin}${route}`, {
      method,
      headers: { authorization: `Bearer ${await token(user)}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return { call };
}

type Client = ReturnType<typeof client>;

async function upload(api: Client, user: string): Promise<string> {
  const created = await api.call(user, 'POST', '/api/documents/uploads', {
    fileName: 'bench.pdf',
    contentType: 'application/pdf',
    size: samplePdf.length,
  });
  await fetch(created.body.uploadUrl, { method: 'PUT', headers: created.body.headers, body: samplePdf });
  return created.body.documentId;
}

async function filing(api: Client, user: string) {
  const guide = (await api.call(user, 'GET', `/api/services/${item}`)).body;
  const answers = Object.fromEntries(
    guide.form.sections.flatMap((s: { fields: { id: string; example?: unknown }[] }) =>
      s.fields.filter((f) => f.example !== undefined).map((f) => [f.id, f.example]),
    ),
  );
  const required = (guide.materials as { required: boolean }[]).flatMap((m, i) => (m.required ? [i] : []));
  return async () => ({
    itemCode: item,
    answers,
    materials: await Promise.all(
      required.map(async (material) => ({ material, documentIds: [await upload(api, user)] })),
    ),
    submissionToken: randomUUID(),
  });
}

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function decide(api: Client, user: string, caseId: string, step: string, outcome: string) {
  const item = await waitFor(async () => {
    const inbox = (await api.call(user, 'GET', '/api/work-items')).body.items as {
      caseId: string;
      step: string;
      workItemId: string;
    }[];
    return inbox.find((i) => i.caseId === caseId && i.step === step);
  });
  await api.call(user, 'POST', `/api/work-items/${item.workItemId}/decision`, { outcome });
}

async function lifecycle(api: Client, next: () => Promise<unknown>, cases: number) {
  const times: number[] = [];
  for (let i = 0; i < cases; i++) {
    const body = await next();
    const started = performance.now();
    const filed = await api.call('citizen1', 'POST', '/api/cases', body);
    const caseId = filed.body.caseId as string;
    await decide(api, 'officer1', caseId, 'accept', 'accept');
    await decide(api, 'officer1', caseId, 'review', 'approve');
    await decide(api, 'head1', caseId, 'decide', 'approved');
    await waitFor(async () =>
      (await api.call('citizen1', 'GET', `/api/cases/${caseId}`)).body.status === 'completed' ? true : undefined,
    );
    times.push(performance.now() - started);
  }
  return { cases, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

async function submissions(api: Client, next: () => Promise<unknown>, clients: number, total: number) {
  const bodies: unknown[] = [];
  for (let i = 0; i < total; i++) bodies.push(await next());
  const times: number[] = [];
  const ids = new Set<string>();
  let index = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (index < bodies.length) {
        const body = bodies[index++];
        const t = performance.now();
        const res = await api.call('citizen2', 'POST', '/api/cases', body);
        times.push(performance.now() - t);
        if (res.status === 201) ids.add(res.body.caseId);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    clients,
    submissions: total,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    perSecond: Math.round(total / seconds),
    duplicates: total - ids.size,
  };
}

/** Writes `count` open work items straight into the civil-affairs officers' inbox. */
async function seedInbox(dataDir: string, count: number): Promise<void> {
  const endpoints = JSON.parse(readFileSync(path.join(dataDir, 'endpoints.json'), 'utf8'));
  const dynamo = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'ap-east-1',
      endpoint: endpoints.dynamodb,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }),
  );
  try {
    for (let start = 0; start < count; start += 25) {
      const items = Array.from({ length: Math.min(25, count - start) }, (_, k) => {
        const n = start + k;
        const id = randomUUID();
        const due = `2027-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
        const createdAt = new Date(Date.UTC(2026, 10, 1) + n * 1000).toISOString();
        return {
          PutRequest: {
            Item: {
              pk: `WORKITEM#${id}`,
              sk: 'META',
              gsi1pk: 'INBOX#officer#civil-affairs',
              gsi1sk: `${due}#1#${createdAt}#${id}`,
              gsi2pk: `CASE#${id}`,
              gsi2sk: `WORKITEM#${createdAt}#${id}`,
              workItemId: id,
              caseId: id,
              caseNumber: `YX-20261101-${String(n).padStart(6, '0')}`,
              title: '高龄老人津贴申领',
              step: 'review',
              role: 'officer',
              department: 'civil-affairs',
              escalated: false,
              status: 'open',
              createdAt,
              dueDate: due,
              taskToken: 'bench',
            },
          },
        };
      });
      await dynamo.send(new BatchWriteCommand({ RequestItems: { [endpoints.tables.core]: items } }));
    }
  } finally {
    dynamo.destroy();
  }
}

async function inboxLatency(api: Client, dataDir: string, openItems: number, runs: number) {
  await seedInbox(dataDir, openItems);
  const times: number[] = [];
  let pageSize = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await api.call('officer1', 'GET', '/api/work-items');
    times.push(performance.now() - started);
    pageSize = res.body.items.length;
  }
  return { openItems, pageSize, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

export async function measureCases(origin: string, dataDir: string): Promise<CaseFigures> {
  const api = client(origin);
  const citizen1 = await filing(api, 'citizen1');
  const citizen2 = await filing(api, 'citizen2');
  return {
    lifecycle: await lifecycle(api, citizen1, 20),
    submit: await submissions(api, citizen2, 50, 200),
    inbox: await inboxLatency(api, dataDir, 10_000, 50),
  };
}
