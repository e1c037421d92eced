/**
 * Access patterns. Issued certificates carry the holder's name: they live in the registry table (personal
 * data, its own KMS key):
 * - a holder's wallet: Query pk=CERT#HOLDER#<owner>, sk=CERT#<issuedAt>#<id> (newest last)
 * - one certificate by id (revocation, PDF): GetItem pk=CERT#<id>, sk=CERT
 * Both items are written in one transaction, once (attribute_not_exists): the id derives from the case,
 * so a retried issuance task finds the certificate already there.
 * Revocations hold no personal data: core table, partition CERT#REVOKED (sk=<id>), so the published
 * status list is one Query and an online check one GetItem.
 * A renewal is one transaction over both tables: the new certificate's two items, the old one's revocation
 * (reason renewed, once: attribute_not_exists) and the link to its replacement on the old one's two items, so
 * no reader ever sees a renewal half-written.
 */
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { isConditionFailure, queryAll, withoutKeys } from '../platform/dynamo-store.js';
import type { CertificateRecord, RevocationRecord } from './model.js';

const registry = () => config().tables.registry;
const core = () => config().tables.core;
const holderPk = (owner: string) => `CERT#HOLDER#${owner}`;
const holderSk = (record: CertificateRecord) => `CERT#${record.issuedAt}#${record.certificateId}`;
const idPk = (id: string) => `CERT#${id}`;
const revokedPk = 'CERT#REVOKED';

const strip = <T>(item: Record<string, unknown> | undefined): T | undefined =>
  item ? withoutKeys<T>(item) : undefined;

/** Stores a new certificate; false when it was already issued (same id). */
export async function putCertificate(record: CertificateRecord): Promise<boolean> {
  try {
    await dynamoClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: registry(),
              Item: { pk: idPk(record.certificateId), sk: 'CERT', ...record },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: registry(),
              Item: { pk: holderPk(record.owner), sk: holderSk(record), ...record },
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Writes a renewal atomically: `next` issued, `old` revoked by `revocation` and linked to `next`. False when
 * `old` was revoked (or renewed) meanwhile, or `next` exists already; nothing is written then.
 */
export async function putRenewal(
  old: CertificateRecord,
  next: CertificateRecord,
  revocation: RevocationRecord,
): Promise<boolean> {
  const link = {
    UpdateExpression: 'SET replacedBy = :next',
    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(replacedBy)',
    ExpressionAttributeValues: { ':next': { id: next.certificateId, number: next.number } },
  };
  try {
    await dynamoClient().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: registry(),
              Item: { pk: idPk(next.certificateId), sk: 'CERT', ...next },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          { Put: { TableName: registry(), Item: { pk: holderPk(next.owner), sk: holderSk(next), ...next } } },
          {
            Put: {
              TableName: core(),
              Item: { pk: revokedPk, sk: revocation.certificateId, ...revocation },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          { Update: { TableName: registry(), Key: { pk: idPk(old.certificateId), sk: 'CERT' }, ...link } },
          { Update: { TableName: registry(), Key: { pk: holderPk(old.owner), sk: holderSk(old) }, ...link } },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function getCertificate(id: string): Promise<CertificateRecord | undefined> {
  const out = await dynamoClient().send(
    new GetCommand({ TableName: registry(), Key: { pk: idPk(id), sk: 'CERT' }, ConsistentRead: true }),
  );
  return strip<CertificateRecord>(out.Item);
}

/** A holder's certificates, oldest first. */
export async function listByHolder(owner: string): Promise<CertificateRecord[]> {
  const items = await queryAll({
    TableName: registry(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :c)',
    ExpressionAttributeValues: { ':pk': holderPk(owner), ':c': 'CERT#' },
  });
  return items.map((i) => strip<CertificateRecord>(i)!);
}

/** Records a revocation once; false when the certificate was already revoked. */
export async function putRevocation(revocation: RevocationRecord): Promise<boolean> {
  try {
    await dynamoClient().send(
      new PutCommand({
        TableName: core(),
        Item: { pk: revokedPk, sk: revocation.certificateId, ...revocation },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function getRevocation(id: string): Promise<RevocationRecord | undefined> {
  const out = await dynamoClient().send(new GetCommand({ TableName: core(), Key: { pk: revokedPk, sk: id } }));
  return strip<RevocationRecord>(out.Item);
}

/** Every revocation (the published status list). */
export async function listRevocations(): Promise<RevocationRecord[]> {
  const items = await queryAll({
    TableName: core(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': revokedPk },
  });
  return items.map((i) => strip<RevocationRecord>(i)!);
}

/** A revocation by certificate id, from a list already read. */
export type RevocationLookup = (id: string) => RevocationRecord | undefined;
