import type { BucketDefinition, TableDefinition } from '../../functions/src/platform/resources.js';

/**
 * The restore drill's one port. An adapter takes a backup of the platform's tables and buckets, restores
 * it into a fresh namespace, reads a namespace back and removes it; the drill (drill.ts) compares what
 * the backup says the source held with what the restore produced. Adapters: adapters/local.ts (export
 * and import on the embedded local cloud) and adapters/aws.ts (PITR and versioned objects), chosen once
 * by configuration (config.ts).
 */

/** Physical names of every table and bucket of resources.ts in one namespace, by their short id. */
export interface Namespace {
  /** The stage part of the names (`yuexiu-<stage>-<id>`). */
  readonly stage: string;
  readonly tables: Readonly<Record<string, string>>;
  readonly buckets: Readonly<Record<string, string>>;
}

/** One item or object as the comparison sees it. */
export interface Entry {
  /** SHA-256 (hex) over the item's canonical JSON or the object's bytes. */
  readonly sha256: string;
  /** When it last changed, where the data says so (an item's updatedAt/at/createdAt, an object's LastModified). */
  readonly changedAt?: string;
}

/** Every item of a table (by its key's canonical JSON) or object of a bucket (by its key). */
export type Manifest = ReadonlyMap<string, Entry>;

/** A namespace's content, table by table and bucket by bucket (by short id). */
export interface Contents {
  readonly tables: Readonly<Record<string, Manifest>>;
  readonly buckets: Readonly<Record<string, Manifest>>;
}

export interface Backup {
  /** The instant the restore reproduces. */
  readonly pointInTime: string;
  /** When the backup was complete. */
  readonly takenAt: string;
  /** Where it is kept (a folder, "PITR + object versions"). */
  readonly location: string;
  /** What the source held at `pointInTime`, read independently of the restore under test. */
  readonly expected: Contents;
}

export interface BackupAdapter {
  /** `local` or `aws`: shown in the verdict. */
  readonly name: string;
  readonly source: Namespace;
  backup(): Promise<Backup>;
  /** Creates `target`'s tables and buckets from `backup`; they must not exist yet. */
  restore(backup: Backup, target: Namespace): Promise<void>;
  /** Reads a namespace's content (the restored one, for the comparison). */
  read(namespace: Namespace): Promise<Contents>;
  /** Which of a namespace's tables and buckets exist already. */
  existing(namespace: Namespace): Promise<string[]>;
  /** Deletes a namespace's tables and buckets (never the source's: the drill refuses that). */
  discard(namespace: Namespace): Promise<void>;
  /** Releases clients. */
  close(): void;
}

/** What every adapter restores: the platform's tables and buckets. */
export interface Resources {
  readonly tables: readonly TableDefinition[];
  readonly buckets: readonly BucketDefinition[];
}
