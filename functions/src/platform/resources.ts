/**
 * The one source of the platform's storage resources: the CDK app (infra/lib/data-stack.ts) and the
 * embedded local cloud (infra/local/) both create tables and buckets from these descriptions, and
 * tests/infra/no-drift.test.ts proves that they agree.
 */

export type AttributeType = 'S' | 'N';

export interface KeyAttribute {
  readonly name: string;
  readonly type: AttributeType;
}

export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
}

export interface TableDefinition {
  /** Short name; the physical name is `yuexiu-<stage>-<id>`. */
  readonly id: string;
  /** The environment variable that carries the physical name to every function. */
  readonly envVar: string;
  readonly purpose: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly indexes: readonly IndexDefinition[];
  readonly timeToLiveAttribute?: string;
  /** Tables holding personal data get their own KMS key and stricter grants. */
  readonly personalData: boolean;
  /** Application roles may only add items (no update, no delete). */
  readonly appendOnly: boolean;
}

export interface BucketDefinition {
  readonly id: string;
  readonly envVar: string;
  readonly purpose: string;
  /** Days after which non-current object versions expire (AWS only; s3rver has no versioning). */
  readonly noncurrentVersionExpirationDays: number;
  /** Origins allowed to PUT by presigned URL (the portal). */
  readonly corsUpload: boolean;
  /**
   * S3 Object Lock (WORM): every object version is retained in this mode until its retain-until date, at least
   * the default retention; in COMPLIANCE mode nobody, the root account included, can delete or overwrite a
   * retained version or shorten its retention. The local cloud's S3 honours it too (infra/local/s3-object-lock.ts).
   */
  readonly objectLock?: { readonly mode: 'COMPLIANCE'; readonly defaultRetentionDays: number };
}

const pk: KeyAttribute = { name: 'pk', type: 'S' };
const sk: KeyAttribute = { name: 'sk', type: 'S' };

export const tables = {
  core: {
    id: 'core',
    envVar: 'TABLE_CORE',
    purpose: 'Most contexts: catalog, cases, work items, notifications outbox',
    partitionKey: pk,
    sortKey: sk,
    indexes: [
      {
        name: 'gsi1',
        partitionKey: { name: 'gsi1pk', type: 'S' },
        sortKey: { name: 'gsi1sk', type: 'S' },
      },
      {
        name: 'gsi2',
        partitionKey: { name: 'gsi2pk', type: 'S' },
        sortKey: { name: 'gsi2sk', type: 'S' },
      },
    ],
    timeToLiveAttribute: 'expiresAt',
    personalData: false,
    appendOnly: false,
  },
  registry: {
    id: 'registry',
    envVar: 'TABLE_REGISTRY',
    purpose:
      'Personal data: citizen profiles; base registries of persons, legal entities and buildings (versioned; encrypted fields, blind indexes)',
    partitionKey: pk,
    sortKey: sk,
    indexes: [
      {
        name: 'blind',
        partitionKey: { name: 'blindIndex', type: 'S' },
        sortKey: { name: 'sk', type: 'S' },
      },
      // Sparse: only a registry record's HEAD carries `headShard` (<kind>#<0..15>), so the quality job reads every
      // current version of a registry by Query, shard by shard, never by Scan (registries/store.ts).
      {
        name: 'heads',
        partitionKey: { name: 'headShard', type: 'S' },
        sortKey: { name: 'pk', type: 'S' },
      },
    ],
    timeToLiveAttribute: 'expiresAt',
    personalData: true,
    appendOnly: false,
  },
  audit: {
    id: 'audit',
    envVar: 'TABLE_AUDIT',
    purpose: 'Append-only, hash-chained audit trail (责任认定)',
    partitionKey: pk,
    sortKey: sk,
    indexes: [
      {
        name: 'byActor',
        partitionKey: { name: 'actor', type: 'S' },
        sortKey: { name: 'at', type: 'S' },
      },
    ],
    personalData: false,
    appendOnly: true,
  },
} as const satisfies Record<string, TableDefinition>;

export const buckets = {
  documents: {
    id: 'documents',
    envVar: 'BUCKET_DOCUMENTS',
    purpose: 'Application materials, result documents, official documents',
    noncurrentVersionExpirationDays: 365,
    corsUpload: true,
  },
  archive: {
    id: 'archive',
    envVar: 'BUCKET_ARCHIVE',
    purpose: 'The official documents archive (公文归档): signed PDFs and their records, write-once (Object Lock)',
    // Locked versions outlive this: a lifecycle rule cannot remove a version before its retain-until date.
    noncurrentVersionExpirationDays: 3650,
    corsUpload: false,
    // The shortest retention of any document type (10 years); each object sets its own, longer where due.
    objectLock: { mode: 'COMPLIANCE', defaultRetentionDays: 3650 },
  },
} as const satisfies Record<string, BucketDefinition>;

export type TableId = keyof typeof tables;
export type BucketId = keyof typeof buckets;

export const allTables: readonly TableDefinition[] = Object.values(tables);
export const allBuckets: readonly BucketDefinition[] = Object.values(buckets);

/** Physical name of a table, bucket or other named resource in a stage. */
export function physicalName(stage: string, id: string): string {
  return `yuexiu-${stage}-${id}`;
}
