import { ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';

/** One entry of a versioned bucket's history: an object version or a delete marker. */
export interface VersionEntry {
  readonly key: string;
  readonly versionId: string;
  readonly lastModified: Date;
  readonly deleteMarker: boolean;
}

/** Every version and delete marker of `bucket`, page by page. */
export async function listVersions(s3: S3Client, bucket: string): Promise<VersionEntry[]> {
  const entries: VersionEntry[] = [];
  let keyMarker: string | undefined;
  let versionIdMarker: string | undefined;
  for (;;) {
    const page = await s3.send(
      new ListObjectVersionsCommand({ Bucket: bucket, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }),
    );
    for (const v of page.Versions ?? []) {
      if (v.Key && v.VersionId && v.LastModified) {
        entries.push({ key: v.Key, versionId: v.VersionId, lastModified: v.LastModified, deleteMarker: false });
      }
    }
    for (const m of page.DeleteMarkers ?? []) {
      if (m.Key && m.VersionId && m.LastModified) {
        entries.push({ key: m.Key, versionId: m.VersionId, lastModified: m.LastModified, deleteMarker: true });
      }
    }
    if (!page.IsTruncated) return entries;
    keyMarker = page.NextKeyMarker;
    versionIdMarker = page.NextVersionIdMarker;
  }
}

/**
 * The bucket as it was at `pointInTime`: for each key, the newest version written at or before that
 * instant, unless that newest entry is a delete marker (the object did not exist then).
 */
export function versionsAsOf(entries: readonly VersionEntry[], pointInTime: Date): Map<string, VersionEntry> {
  const newest = new Map<string, VersionEntry>();
  for (const entry of entries) {
    if (entry.lastModified.getTime() > pointInTime.getTime()) continue;
    const seen = newest.get(entry.key);
    if (!seen || entry.lastModified.getTime() > seen.lastModified.getTime()) newest.set(entry.key, entry);
  }
  for (const [key, entry] of newest) if (entry.deleteMarker) newest.delete(key);
  return newest;
}
