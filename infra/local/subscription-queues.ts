import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangeEvent } from '../../functions/src/data-sharing/events/port.js';
import {
  subscriptionQueueName,
  type QueueRef,
  type ReceivedMessage,
  type SubscriptionQueues,
} from '../../functions/src/data-sharing/events/queue-port.js';
import { installLocalSubscriptionQueues } from '../../functions/src/data-sharing/events/queues.js';
import { nowMs } from '../../functions/src/platform/clock.js';
import { localAccountId, localRegion, localStage } from './constants.js';

/**
 * The local cloud's stand-in for the subscriptions' SQS queues (functions/src/data-sharing/events/queue-port.ts):
 * one JSON file per queue in the data folder (`queues/<name>.json`), written whole and renamed into place, so the
 * messages survive a restart. SQS's semantics where a consumer sees them: a received message is hidden for the
 * visibility timeout (by the one clock, so tests may move it on) and comes back unless deleted by the receipt handle
 * of its latest receipt; every receipt gets a new handle and counts; the oldest visible messages first.
 */
interface StoredMessage {
  messageId: string;
  event: ChangeEvent;
  sentAt: number;
  visibleAt: number;
  receiveCount: number;
  receiptHandle?: string;
}

interface QueueFile {
  name: string;
  /** The rule whose events the queue admits (the SQS queue's policy on AWS). */
  sourceArn: string;
  messages: StoredMessage[];
}

export function createLocalSubscriptionQueues(dataDir: string): SubscriptionQueues {
  const dir = path.join(dataDir, 'queues');
  mkdirSync(dir, { recursive: true });
  const fileOf = (name: string) => path.join(dir, `${name}.json`);
  const nameOf = (queue: QueueRef) => {
    const name = queue.url.split('/').pop() ?? '';
    if (!/^[\w-]+$/.test(name)) throw new Error(`not a local queue: ${queue.url}`);
    return name;
  };
  const read = (name: string): QueueFile | undefined => {
    try {
      return JSON.parse(readFileSync(fileOf(name), 'utf8')) as QueueFile;
    } catch {
      return undefined;
    }
  };
  const write = (queue: QueueFile) => {
    const temporary = `${fileOf(queue.name)}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temporary, JSON.stringify(queue));
    renameSync(temporary, fileOf(queue.name));
  };
  /** Reads, changes and writes a queue in one step (the local cloud is one process: no await in between). */
  const change = <T>(queue: QueueRef, edit: (file: QueueFile) => T): T => {
    const file = read(nameOf(queue));
    if (!file) throw new Error(`the queue ${queue.url} does not exist`);
    const result = edit(file);
    write(file);
    return result;
  };

  return {
    async create(subscriptionId, ruleArn) {
      const name = subscriptionQueueName(localStage, subscriptionId);
      if (!read(name)) write({ name, sourceArn: ruleArn, messages: [] });
      return {
        url: `http://sqs.${localRegion}.localhost/${localAccountId}/${name}`,
        arn: `arn:aws:sqs:${localRegion}:${localAccountId}:${name}`,
      };
    },
    async send(queue, event) {
      change(queue, (file) => {
        file.messages.push({ messageId: randomUUID(), event, sentAt: nowMs(), visibleAt: 0, receiveCount: 0 });
      });
    },
    async receive(queue, max, visibilitySeconds) {
      return change(queue, (file) => {
        const at = nowMs();
        const out: ReceivedMessage[] = [];
        for (const message of file.messages) {
          if (out.length >= max) break;
          if (message.visibleAt > at) continue;
          message.visibleAt = at + visibilitySeconds * 1000;
          message.receiveCount += 1;
          message.receiptHandle = `${message.messageId}.${randomBytes(16).toString('base64url')}`;
          out.push({ receiptHandle: message.receiptHandle, receiveCount: message.receiveCount, event: message.event });
        }
        return out;
      });
    },
    async delete(queue, receiptHandles) {
      return change(queue, (file) => {
        const wanted = new Set(receiptHandles);
        const deleted = new Set<string>();
        file.messages = file.messages.filter((m) => {
          if (!m.receiptHandle || !wanted.has(m.receiptHandle)) return true;
          deleted.add(m.receiptHandle);
          return false;
        });
        return receiptHandles.filter((h) => !deleted.has(h));
      });
    },
    async pending(queue) {
      const at = nowMs();
      return (read(nameOf(queue))?.messages ?? []).filter((m) => m.visibleAt <= at).length;
    },
    async destroy(queue) {
      rmSync(fileOf(nameOf(queue)), { force: true });
    },
  };
}

/** Creates the local queues and installs them as the subscription queue port (SUBSCRIPTION_QUEUES=local). */
export function installLocalQueues(dataDir: string): { queues: SubscriptionQueues; stop: () => void } {
  const queues = createLocalSubscriptionQueues(dataDir);
  installLocalSubscriptionQueues(queues);
  return { queues, stop: () => installLocalSubscriptionQueues(undefined) };
}
