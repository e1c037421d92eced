/** Fixed facts of the embedded local cloud. */
export const localRegion = 'ap-east-1';
export const localAccountId = '000000000000';
export const localStage = 'local';
// s3rver accepts only these credentials; DynamoDB Local and the Step Functions engine accept any.
export const localCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
