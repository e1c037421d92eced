import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import { allBuckets, physicalName } from '../../functions/src/platform/resources.js';
import { assertPortFree } from './ports.js';

export interface RunningS3 {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** The CORS rule the CDK app gives upload buckets, for the portal's origin. */
function corsXml(origin: string): string {
  return `<CORSConfiguration><CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
}

/** Starts s3rver with data under `dir`; upload buckets allow the portal's origin (CORS). */
export async function startS3(dir: string, port: number, stage: string, portalOrigin: string): Promise<RunningS3> {
  await assertPortFree(port, 'S3 (s3rver)');
  mkdirSync(dir, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory: dir,
    silent: true,
    configureBuckets: allBuckets
      .filter((b) => b.corsUpload)
      .map((b) => ({ name: physicalName(stage, b.id), configs: [corsXml(portalOrigin)] })),
  });
  await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
