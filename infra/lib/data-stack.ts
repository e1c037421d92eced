import { CfnOutput, Duration, RemovalPolicy, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import {
  buckets,
  tables,
  type KeyAttribute,
  type TableDefinition,
  type TableId,
  unattachedUploadExpiry,
} from '../../functions/src/deployment.js';
import { DocumentsMalwareProtection } from './malware-protection.js';
import { acknowledgeAwsSolutions, acknowledgeNist } from './nag-acknowledgements.js';
import { dataRemovalPolicy, nameOf, type StageSettings } from './settings.js';

export interface DataStackProps extends StackProps {
  readonly settings: StageSettings;
}

const replicationReason =
  "Citizens' documents and records must stay in the deployment region (PIPL data localisation); durability comes from S3 (11 nines) plus versioning, and tables are protected by PITR and AWS Backup instead of cross-region replication.";

function attribute(key: KeyAttribute): dynamodb.Attribute {
  return { name: key.name, type: key.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER };
}

/**
 * Tables and buckets from `functions/src/platform/resources.ts`, their KMS keys and the backup plan.
 * Other stacks receive the constructs and grant on them (see access-grants.ts).
 */
export class DataStack extends Stack {
  readonly tables: Record<TableId, dynamodb.Table>;
  readonly tableKeys: Record<TableId, kms.Key>;
  readonly documents: s3.Bucket;
  readonly documentsKey: kms.Key;
  /** The registry key also wraps the data keys of field-level (envelope) encryption of personal data. */
  readonly personalDataKey: kms.Key;
  /** HMAC key of the blind indexes that find personal data without decrypting it. */
  readonly blindIndexKey: kms.Key;
  /**
   * The asymmetric key (ECC_NIST_P256, SIGN_VERIFY) that signs e-certificates (ES256). Its private half never
   * leaves KMS; a rotation adds a new key and keeps this one listed (CERT_SIGNING_KMS_KEY_IDS), so
   * certificates signed under it keep verifying.
   */
  readonly certificateSigningKey: kms.Key;
  /** Export name of the documents bucket ARN; consumers import it by this stable name. */
  readonly documentsArnExport: string;
  /** The official documents archive: write once (Object Lock, COMPLIANCE), under the data key. */
  readonly archive: s3.Bucket;
  /** Export name of the archive bucket ARN. */
  readonly archiveArnExport: string;
  /** GuardDuty Malware Protection for S3 on the documents bucket (tags each scanned object). */
  readonly documentsMalwareProtection: DocumentsMalwareProtection;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const removalPolicy = dataRemovalPolicy(settings);

    const dataKey = new kms.Key(this, 'DataKey', {
      description: 'Core and audit tables, documents bucket, backups',
      enableKeyRotation: true,
      removalPolicy,
    });
    // Personal data gets its own key so that its use can be granted, audited and revoked separately.
    const registryKey = new kms.Key(this, 'RegistryKey', {
      description: 'Registry table (personal data)',
      enableKeyRotation: true,
      removalPolicy,
    });

    this.personalDataKey = registryKey;
    this.blindIndexKey = new kms.Key(this, 'BlindIndexKey', {
      description: 'HMAC key of the blind indexes over personal data (resident ID numbers)',
      keySpec: kms.KeySpec.HMAC_256,
      keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC,
      removalPolicy,
    });
    acknowledgeAwsSolutions(
      this.blindIndexKey,
      'KMS5',
      'KMS does not rotate HMAC keys (automatic rotation is for symmetric encryption keys only); rotating it would also invalidate every stored blind index, so it is re-keyed by a planned re-index instead.',
    );

    this.certificateSigningKey = new kms.Key(this, 'CertificateSigningKey', {
      description: 'Signs e-certificates (ES256); verifiers use its public key from the JWKS',
      keySpec: kms.KeySpec.ECC_NIST_P256,
      keyUsage: kms.KeyUsage.SIGN_VERIFY,
      removalPolicy,
    });
    acknowledgeAwsSolutions(
      this.certificateSigningKey,
      'KMS5',
      'KMS does not rotate asymmetric keys; certificate keys rotate by adding a new key to CERT_SIGNING_KMS_KEY_IDS while the old key stays published, so issued certificates keep verifying.',
    );

    const makeTable = (def: TableDefinition, key: kms.Key) => {
      const table = new dynamodb.Table(this, `${def.id[0]?.toUpperCase()}${def.id.slice(1)}Table`, {
        tableName: nameOf(settings, def.id),
        partitionKey: attribute(def.partitionKey),
        sortKey: def.sortKey ? attribute(def.sortKey) : undefined,
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
        encryptionKey: key,
        timeToLiveAttribute: def.timeToLiveAttribute,
        // The audit table's stream feeds the tamper alarm (operations stack): any MODIFY or REMOVE is an alarm.
        ...(def.id === tables.audit.id ? { stream: dynamodb.StreamViewType.KEYS_ONLY } : {}),
        deletionProtection: settings.isProduction,
        removalPolicy,
      });
      for (const index of def.indexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.name,
          partitionKey: attribute(index.partitionKey),
          sortKey: index.sortKey ? attribute(index.sortKey) : undefined,
          projectionType: dynamodb.ProjectionType.ALL,
        });
      }
      return table;
    };

    const keyFor = (def: TableDefinition) => (def.personalData ? registryKey : dataKey);
    this.tableKeys = {
      core: keyFor(tables.core),
      registry: keyFor(tables.registry),
      audit: keyFor(tables.audit),
    };
    this.tables = {
      core: makeTable(tables.core, this.tableKeys.core),
      registry: makeTable(tables.registry, this.tableKeys.registry),
      audit: makeTable(tables.audit, this.tableKeys.audit),
    };

    const accessLogs = new s3.Bucket(this, 'AccessLogsBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      // S3 server access logging can only deliver to a bucket encrypted with SSE-S3.
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        {
          expiration: Duration.days(settings.isProduction ? 730 : 400),
          noncurrentVersionExpiration: Duration.days(30),
        },
      ],
      removalPolicy,
    });
    acknowledgeNist(
      accessLogs,
      'S3DefaultEncryptionKMS',
      'S3 server access logging supports only SSE-S3 on the destination bucket.',
    );
    acknowledgeNist(accessLogs, 'S3BucketReplicationEnabled', replicationReason);

    const documents = buckets.documents;
    this.documentsKey = dataKey;
    this.documents = new s3.Bucket(this, 'DocumentsBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: dataKey,
      bucketKeyEnabled: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: `${documents.id}/`,
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(documents.noncurrentVersionExpirationDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        {
          // Uploads never attached to a case (still tagged pending) go after 7 days, their bytes a day later.
          id: unattachedUploadExpiry.id,
          prefix: unattachedUploadExpiry.prefix,
          tagFilters: { [unattachedUploadExpiry.tag.key]: unattachedUploadExpiry.tag.value },
          expiration: Duration.days(unattachedUploadExpiry.days),
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
      cors: documents.corsUpload
        ? [
            {
              allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET],
              allowedOrigins: [settings.publicOrigin],
              allowedHeaders: ['*'],
              exposedHeaders: ['ETag'],
              maxAge: 3000,
            },
          ]
        : undefined,
      removalPolicy,
    });
    // The no-drift test finds the platform's buckets by this tag and matches them to resources.ts.
    Tags.of(this.documents).add('yuexiu:bucket', documents.id);
    acknowledgeNist(this.documents, 'S3BucketReplicationEnabled', replicationReason);
    this.documentsArnExport = nameOf(settings, 'documents-bucket-arn');
    new CfnOutput(this, 'DocumentsBucketArn', { value: this.documents.bucketArn, exportName: this.documentsArnExport });
    this.documentsMalwareProtection = new DocumentsMalwareProtection(this, 'DocumentsMalwareProtection', {
      bucket: this.documents,
      bucketKey: dataKey,
    });

    const archive = buckets.archive;
    this.archive = new s3.Bucket(this, 'ArchiveBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // Object Lock needs versioning; every object version is locked in COMPLIANCE mode for at least the default
      // retention, and each archived object sets its own retain-until (its document type's retention period).
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: s3.ObjectLockRetention.compliance(
        Duration.days(archive.objectLock.defaultRetentionDays),
      ),
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: dataKey,
      bucketKeyEnabled: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: `${archive.id}/`,
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(archive.noncurrentVersionExpirationDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      // Locked versions cannot be deleted, so the stack never tries to: the bucket outlives its stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Tags.of(this.archive).add('yuexiu:bucket', archive.id);
    acknowledgeNist(this.archive, 'S3BucketReplicationEnabled', replicationReason);
    this.archiveArnExport = nameOf(settings, 'archive-bucket-arn');
    new CfnOutput(this, 'ArchiveBucketArn', { value: this.archive.bucketArn, exportName: this.archiveArnExport });

    const vault = new backup.BackupVault(this, 'BackupVault', {
      backupVaultName: nameOf(settings, 'backups'),
      encryptionKey: dataKey,
      removalPolicy,
      // Production recovery points cannot be deleted before their minimum retention, even by an admin.
      lockConfiguration: settings.isProduction ? { minRetention: Duration.days(35) } : undefined,
    });
    const rules = [
      new backup.BackupPlanRule({
        ruleName: 'Daily',
        scheduleExpression: events.Schedule.cron({ hour: '18', minute: '0' }), // 02:00 China Standard Time
        deleteAfter: Duration.days(35),
      }),
    ];
    if (settings.isProduction) {
      rules.push(
        new backup.BackupPlanRule({
          ruleName: 'Monthly',
          scheduleExpression: events.Schedule.cron({ day: '1', hour: '19', minute: '0' }),
          deleteAfter: Duration.days(365),
        }),
      );
    }
    const plan = new backup.BackupPlan(this, 'BackupPlan', {
      backupPlanName: nameOf(settings, 'tables'),
      backupVault: vault,
      backupPlanRules: rules,
    });
    const selection = plan.addSelection('Tables', {
      resources: Object.values(this.tables).map((t) => backup.BackupResource.fromDynamoDbTable(t)),
    });
    acknowledgeAwsSolutions(
      selection,
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      "AWSBackupServiceRolePolicyForBackup is the AWS-maintained service-role policy for AWS Backup; the role is assumable only by backup.amazonaws.com and the plan selects only this stack's tables.",
    );
  }
}
