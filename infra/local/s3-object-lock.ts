import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { nowIso } from '../../functions/src/platform/clock.js';

/**
 * S3 Object Lock on the local cloud, as S3 enforces it (s3rver knows nothing of it): a PutObject that sends
 * `x-amz-object-lock-mode` and `x-amz-object-lock-retain-until-date` has them recorded, HeadObject and GetObject
 * answer them back, and until that date (by the platform's one clock) a DeleteObject, a DeleteObjects in its bucket, or a PutObject or CopyObject onto the key is refused with 403 AccessDenied. On S3 a bucket with Object Lock
 * is versioned: a plain overwrite or delete there adds a version or a delete marker and the locked version stays;
 * s3rver keeps one version a key, so here the locked version is kept by refusing the write, which is stricter
 * and leaves the same bytes readable under the key. The locks live in a file beside s3rver's data, so they
 * survive a restart of the local cloud.
 */

export interface ObjectLock {
  readonly mode: string;
  readonly retainUntil: string;
}

/** The part of s3rver's Koa request context this middleware uses. */
export interface LockContext {
  method: string;
  path: string;
  status: number;
  body: unknown;
  query: Record<string, string | string[] | undefined>;
  get(header: string): string;
  set(header: string, value: string): void;
  type: string;
}

const subresources = ['tagging', 'uploadId', 'partNumber', 'acl', 'uploads', 'delete', 'retention', 'legal-hold'];

function accessDenied(ctx: LockContext, key: string, until: string): void {
  ctx.status = 403;
  ctx.type = 'application/xml';
  ctx.body =
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code>` +
    `<Message>Access Denied: the object is locked (Object Lock) until ${until}</Message>` +
    `<Key>${key.replace(/[&<>]/g, '')}</Key></Error>`;
}

/** Object locks by "bucket/key", kept in `file`. */
export class ObjectLocks {
  private readonly locks: Map<string, ObjectLock>;

  constructor(private readonly file: string) {
    const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, ObjectLock>) : {};
    this.locks = new Map(Object.entries(stored));
  }

  private save(): void {
    writeFileSync(this.file, JSON.stringify(Object.fromEntries(this.locks)));
  }

  /** The lock of an object still retained now, if any. */
  retained(id: string): ObjectLock | undefined {
    const lock = this.locks.get(id);
    return lock && Date.parse(lock.retainUntil) > Date.parse(nowIso()) ? lock : undefined;
  }

  /** Any object of `bucket` still retained, with its key. */
  private retainedIn(bucket: string): [string, ObjectLock] | undefined {
    for (const id of this.locks.keys()) {
      const lock = id.startsWith(`${bucket}/`) ? this.retained(id) : undefined;
      if (lock) return [id.slice(bucket.length + 1), lock];
    }
    return undefined;
  }

  /** Koa middleware, first in s3rver's chain. */
  middleware() {
    return async (ctx: LockContext, next: () => Promise<void>) => {
      const [, bucket, ...rest] = ctx.path.split('/');
      const key = rest.map(decodeURIComponent).join('/');
      const query = Object.keys(ctx.query);
      const onObject = Boolean(bucket) && rest.length > 0 && !query.some((k) => subresources.includes(k));
      const id = `${bucket}/${key}`;
      if (onObject && (ctx.method === 'PUT' || ctx.method === 'DELETE')) {
        const lock = this.retained(id);
        if (lock) return accessDenied(ctx, key, lock.retainUntil);
      }
      if (bucket && rest.length === 0 && ctx.method === 'POST' && query.includes('delete')) {
        // DeleteObjects: s3rver reads the body itself, so the keys it names are not known here; a bucket that
        // holds any retained object refuses it whole (stricter than S3, which refuses the retained keys only).
        const hit = this.retainedIn(bucket);
        if (hit) return accessDenied(ctx, hit[0], hit[1].retainUntil);
      }
      await next();
      if (!onObject || ctx.status >= 300) return;
      if (ctx.method === 'PUT') {
        const mode = ctx.get('x-amz-object-lock-mode');
        const until = ctx.get('x-amz-object-lock-retain-until-date');
        if (mode && until) this.locks.set(id, { mode, retainUntil: new Date(until).toISOString() });
        else this.locks.delete(id);
        this.save();
      } else if (ctx.method === 'DELETE') {
        if (this.locks.delete(id)) this.save();
      } else if (ctx.method === 'GET' || ctx.method === 'HEAD') {
        const lock = this.locks.get(id);
        if (lock) {
          ctx.set('x-amz-object-lock-mode', lock.mode);
          ctx.set('x-amz-object-lock-retain-until-date', lock.retainUntil);
        }
      }
    };
  }
}
