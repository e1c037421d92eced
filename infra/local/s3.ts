import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import S3rver from 's3rver';
import { allBuckets, physicalName } from '../../functions/src/platform/resources.js';
import { assertPortFree } from './ports.js';
import { ObjectLocks, type LockContext } from './s3-object-lock.js';

const { TaggingConfiguration } = createRequire(import.meta.url)('s3rver/lib/models/config.js') as {
  TaggingConfiguration: { validate(xml: string): unknown };
};

export interface RunningS3 {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** The CORS rule the CDK app gives upload buckets, for the portal's origin. */
function corsXml(origin: string): string {
  return `<CORSConfiguration><CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);

/** The part of s3rver's Koa request context this middleware uses. */
interface S3rverContext {
  method: string;
  path: string;
  status: number;
  query: Record<string, string | string[] | undefined>;
  get(header: string): string;
  store: { putSubresource(bucket: string, key: string, resource: unknown): Promise<void> };
}

interface KoaLike {
  middleware: ((ctx: S3rverContext, next: () => Promise<void>) => Promise<void>)[];
}

/**
 * S3 stores the tags a PutObject sends in `x-amz-tagging` (the presigned upload's expiry tag, which the
 * lifecycle rule filters on); s3rver ignores that header. This middleware, first in s3rver's chain, stores
 * them as the object's tagging after a successful PUT of an object (not a part or a subresource).
 */
function storeTaggingHeader(server: S3rver): void {
  (server as unknown as KoaLike).middleware.unshift(async (ctx, next) => {
    await next();
    // Not a part of a multipart upload, nor a subresource (a presigned URL's query holds its signature too).
    const query = Object.keys(ctx.query);
    const tagged = ctx.query['x-amz-tagging'];
    const header = ctx.get('x-amz-tagging') || (typeof tagged === 'string' ? tagged : undefined);
    if (ctx.method !== 'PUT' || !header || ctx.status !== 200) return;
    if (query.some((k) => ['tagging', 'uploadId', 'partNumber', 'acl', 'uploads'].includes(k))) return;
    const [, bucket, ...rest] = ctx.path.split('/');
    if (!bucket || rest.length === 0) return;
    const key = rest.map(decodeURIComponent).join('/');
    const tags = [...new URLSearchParams(header)]
      .map(([k, v]) => `<Tag><Key>${escapeXml(k)}</Key><Value>${escapeXml(v)}</Value></Tag>`)
      .join('');
    await ctx.store.putSubresource(
      bucket,
      key,
      TaggingConfiguration.validate(`<Tagging><TagSet>${tags}</TagSet></Tagging>`),
    );
  });
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
  storeTaggingHeader(server);
  // First of all: a refused write never reaches s3rver nor the tagging middleware.
  const locks = new ObjectLocks(`${dir}.object-locks.json`);
  (server as unknown as { middleware: unknown[] }).middleware.unshift(
    locks.middleware() as (ctx: LockContext, next: () => Promise<void>) => Promise<void>,
  );
  await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
