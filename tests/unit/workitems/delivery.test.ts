import { TaskTimedOut } from '@aws-sdk/client-sfn';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkItem } from '../../../functions/src/workitems/model.js';

// The ports delivery.ts uses, in memory: work items, the case's recorded decisions, and the workflow's answer.
const items = new Map<string, WorkItem>();
let recorded: string[] = [];
let workflowAnswer: 'accepts' | 'token gone' = 'accepts';
const sent: string[] = [];

vi.mock('../../../functions/src/workitems/store.js', () => ({
  listForCase: async (caseId: string) => [...items.values()].filter((i) => i.caseId === caseId),
  transition: async (id: string, from: string, to: WorkItem['status'], extra: Record<string, string> = {}) => {
    const item = items.get(id);
    if (item?.status !== from) return false;
    items.set(id, { ...item, ...extra, status: to });
    return true;
  },
  reopen: async (item: WorkItem) => void items.set(item.workItemId, { ...item, status: 'open' }),
}));
vi.mock('../../../functions/src/cases/store.js', () => ({
  getCase: async (caseId: string) => ({
    caseId,
    status: 'in_review',
    decisions: recorded.map((workItemId) => ({ workItemId })),
  }),
}));
vi.mock('../../../functions/src/platform/aws-clients.js', () => ({
  sfnClient: () => ({
    send: async (command: { input: { taskToken: string; output: string } }) => {
      if (workflowAnswer === 'token gone') throw new TaskTimedOut({ message: 'settled', $metadata: {} });
      sent.push(command.input.output);
      return {};
    },
  }),
}));

const { settleDeciding, workItemIdOf } = await import('../../../functions/src/workitems/delivery.js');

const now = Date.parse('2030-01-02T03:00:00.000Z');
function deciding(id: string, minutesAgo: number, extra: Partial<WorkItem> = {}): WorkItem {
  const decidedAt = new Date(now - minutesAgo * 60_000).toISOString();
  const item: WorkItem = {
    workItemId: id,
    caseId: 'case-1',
    caseNumber: 'N1',
    title: 't',
    step: 'review',
    role: 'officer',
    department: 'civil-affairs',
    escalated: false,
    status: 'deciding',
    createdAt: '2030-01-01T00:00:00.000Z',
    taskToken: `token-${id}`,
    pendingDecision: JSON.stringify({
      outcome: 'approve',
      comment: '',
      decidedBy: 'officer1',
      decidedAt,
      workItemId: id,
    }),
    ...extra,
  };
  items.set(id, item);
  return item;
}

describe('work item delivery', () => {
  beforeEach(() => {
    items.clear();
    recorded = [];
    workflowAnswer = 'accepts';
    sent.length = 0;
  });

  it('derives one stable UUID from a task token', () => {
    const id = workItemIdOf('AAAA-token');
    expect(id).toBe(workItemIdOf('AAAA-token'));
    expect(id).not.toBe(workItemIdOf('AAAA-token2'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('delivers a decision left deciding past the grace period, and leaves a recent one to its decider', async () => {
    deciding('old', 10);
    deciding('recent', 1, { caseId: 'case-1', step: 'decide' });

    expect(await settleDeciding('case-1', now)).toBe(1);

    expect(items.get('old')).toMatchObject({ status: 'decided', outcome: 'approve', decidedBy: 'officer1' });
    expect(JSON.parse(sent[0]!)).toMatchObject({ workItemId: 'old', outcome: 'approve' });
    expect(items.get('recent')?.status).toBe('deciding');
  });

  it('marks an item decided when its token no longer answers because the workflow recorded its decision', async () => {
    deciding('landed', 10);
    recorded = ['landed'];
    workflowAnswer = 'token gone';

    expect(await settleDeciding('case-1', now)).toBe(1);
    expect(items.get('landed')?.status).toBe('decided');
  });

  it('expires an item whose step moved on to a newer item, and waits when it cannot tell yet', async () => {
    deciding('superseded', 10);
    items.set('newer', { ...deciding('newer', 0), status: 'open', createdAt: '2030-01-01T01:00:00.000Z' });
    deciding('unsure', 10, { step: 'decide' });
    workflowAnswer = 'token gone';

    expect(await settleDeciding('case-1', now)).toBe(1);
    expect(items.get('superseded')?.status).toBe('expired');
    expect(items.get('unsure')?.status).toBe('deciding');
  });
});
