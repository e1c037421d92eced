import { DeleteObjectCommand, GetObjectTaggingCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { unattachedUploadExpiry } from '../../functions/src/documents/model.js';
import { nowMs } from '../../functions/src/platform/clock.js';

/** An S3 lifecycle expiration rule (prefix and tag filter, days after creation), as the CDK app declares it. */
export interface ExpirationRule {
  readonly id: string;
  readonly prefix: string;
  readonly tag: { readonly key: string; readonly value: string };
  readonly days: number;
}

/** The documents bucket's expiration rules: the same declaration infra/lib/data-stack.ts deploys. */
export const documentsBucketExpirations: readonly ExpirationRule[] = [unattachedUploadExpiry];

const DAY_MS = 86_400_000;

/**
 * When S3 expires an object created at `createdMs` under a rule of `days`: creation plus the days, rounded
 * up to the next midnight UTC.
 */
export function expiresAtMs(createdMs: number, days: number): number {
  return Math.ceil((createdMs + days * DAY_MS) / DAY_MS) * DAY_MS;
}

/**
 * The local cloud's stand-in for S3 lifecycle expiration (s3rver has none): deletes every object of
 * `bucket` that a rule matches (prefix and tag) and whose expiry, by the one clock, has come. Returns the
 * deleted keys. Run by the local cloud's sweep timer, as S3 runs lifecycle rules on its own.
 */
export async function applyExpirations(
  client: S3Client,
  bucket: string,
  rules: readonly ExpirationRule[] = documentsBucketExpirations,
): Promise<string[]> {
  const deleted: string[] = [];
  const now = nowMs();
  for (const rule of rules) {
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: rule.prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (!object.Key || !object.LastModified) continue;
        if (expiresAtMs(object.LastModified.getTime(), rule.days) > now) continue;
        const tags = await client.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: object.Key }));
        if (!(tags.TagSet ?? []).some((t) => t.Key === rule.tag.key && t.Value === rule.tag.value)) continue;
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: object.Key }));
        deleted.push(object.Key);
      }
      token = page.NextContinuationToken;
    } while (token);
  }
  return deleted;
}
