import { GetObjectTaggingCommand, type GetObjectTaggingCommandOutput } from '@aws-sdk/client-s3';
import type { MalwareScanner, ScanVerdict } from './port.js';

/** The object tag GuardDuty Malware Protection for S3 writes after each scan (plan tagging ENABLED). */
export const scanStatusTag = 'GuardDutyMalwareScanStatus';
/** The only tag value that lets a material through. */
export const noThreatsFound = 'NO_THREATS_FOUND';

/** The one S3 call the adapter makes (an S3Client, or a fake in tests). */
export interface TaggingReader {
  send(command: GetObjectTaggingCommand): Promise<Pick<GetObjectTaggingCommandOutput, 'TagSet'>>;
}

/** A verdict from the tag's value: absent → pending; NO_THREATS_FOUND → passed; anything else → rejected. */
export function verdictOfTag(value: string | undefined): ScanVerdict {
  if (value === undefined) return { state: 'pending' };
  if (value === noThreatsFound) return { state: 'passed', result: value };
  // THREATS_FOUND, UNSUPPORTED (e.g. encrypted archives), ACCESS_DENIED, FAILED, or a value added
  // later: fail closed, nobody can vouch for the content.
  return { state: 'rejected', result: value };
}

/**
 * MALWARE_SCAN=guardduty: GuardDuty scans each new object version in the documents bucket and tags it
 * with GuardDutyMalwareScanStatus. The application roles may read tags but not write them (no
 * s3:PutObjectTagging), so an uploader cannot pre-set a clean result.
 */
export function createGuardDutyScanner(client: () => TaggingReader): MalwareScanner {
  return {
    method: 'guardduty',
    async verdict({ bucket, key, versionId }) {
      const out = await client().send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
      return verdictOfTag(out.TagSet?.find((t) => t.Key === scanStatusTag)?.Value);
    },
  };
}
