/** A complete, valid function environment for configuration tests (AWS-style: KMS key service). */
export const validEnvironment: Record<string, string> = {
  STAGE: 'dev',
  AWS_REGION: 'ap-east-1',
  PUBLIC_ORIGIN: 'https://yuexiu.example.gov.cn',
  NOTIFIER: 'aws',
  TABLE_CORE: 'yuexiu-dev-core',
  TABLE_REGISTRY: 'yuexiu-dev-registry',
  TABLE_AUDIT: 'yuexiu-dev-audit',
  BUCKET_DOCUMENTS: 'yuexiu-dev-documents-abc',
  SFN_CASE_APPROVAL_ARN: 'arn:aws:states:ap-east-1:123456789012:stateMachine:yuexiu-dev-case-approval',
  SFN_GRID_EVENT_ARN: 'arn:aws:states:ap-east-1:123456789012:stateMachine:yuexiu-dev-grid-event',
  KEY_SERVICE: 'kms',
  KMS_PERSONAL_DATA_KEY_ID: 'arn:aws:kms:ap-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  KMS_BLIND_INDEX_KEY_ID: 'alias/yuexiu-dev-blind-index',
  MALWARE_SCAN: 'guardduty',
};
