/**
 * Append-only journal of the local Step Functions engine (one JSON object a line). It records what
 * replay needs: starts, task outcomes, task tokens, heartbeats, history events and ends. Each line is
 * handed to the kernel as it happens (survives a crash of the process); fsync happens on close only.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** One history event as GetExecutionHistory returns it (dates as epoch ms until serialized). */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: number;
  readonly type: string;
  readonly [details: string]: unknown;
}

export type JournalRecord =
  | { t: 'start'; arn: string; machineArn: string; name: string; input: string; at: number }
  | { t: 'token'; arn: string; key: string; token: string; at: number }
  | { t: 'invoked'; arn: string; key: string; at: number }
  | { t: 'heartbeat'; arn: string; token: string; at: number }
  | { t: 'result'; arn: string; key: string; output: unknown; at: number }
  | { t: 'failure'; arn: string; key: string; error: string; cause: string; at: number }
  | { t: 'event'; arn: string; event: HistoryEvent }
  | { t: 'end'; arn: string; status: ExecutionStatus; output?: string; error?: string; cause?: string; at: number };

const FILE = 'executions.jsonl';

export class Journal {
  #fd: number | undefined;

  private constructor(readonly file: string) {}

  /** Opens (creating) the journal under `dataDir` and returns it with every readable record. */
  static open(dataDir: string): { journal: Journal; records: JournalRecord[] } {
    mkdirSync(dataDir, { recursive: true });
    const journal = new Journal(join(dataDir, FILE));
    const text = existsSync(journal.file) ? readFileSync(journal.file, 'utf8') : '';
    const records: JournalRecord[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line) as JournalRecord);
      } catch {
        // A line torn by a crash mid-write: what it said is re-done by replay.
      }
    }
    journal.#fd = openSync(journal.file, 'a');
    if (text.length > 0 && !text.endsWith('\n')) writeSync(journal.#fd, '\n');
    return { journal, records };
  }

  append(record: JournalRecord): void {
    if (this.#fd === undefined) return;
    writeSync(this.#fd, `${JSON.stringify(record)}\n`);
  }

  close(): void {
    if (this.#fd === undefined) return;
    fsyncSync(this.#fd);
    closeSync(this.#fd);
    this.#fd = undefined;
  }
}
