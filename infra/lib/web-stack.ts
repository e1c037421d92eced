import { chmodSync, cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DockerImage, Duration, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import type { ApiStack } from './api-stack.js';
import { nodeRuntime } from './app-function.js';
import type { AuthStack, Audience } from './auth-stack.js';
import { LogGroups } from './log-groups.js';
import { acknowledgeAwsSolutions, acknowledgeNist, acknowledgeServerlessBaseline } from './nag-acknowledgements.js';
import { dataRemovalPolicy, nameOf, type StageSettings } from './settings.js';

export interface WebStackProps extends StackProps {
  readonly settings: StageSettings;
  readonly api: ApiStack;
  readonly auth: AuthStack;
  /** Next.js `output: 'standalone'` folder (web/.next/standalone). */
  readonly webAssetPath: string;
  /** ARN of the CLOUDFRONT WebACL (from the us-east-1 WAF stack). */
  readonly webAclArn: string;
  /** ACM certificate (us-east-1) for the host of publicOrigin; without it CloudFront serves its own domain. */
  readonly certificateArn?: string;
}

/** Picks the staff HTTP API for tokens issued by the staff pool (see api-stack.ts for why). */
function apiRouterCode(staffIssuer: string, staffApiDomain: string): string {
  return `import cf from 'cloudfront';
var STAFF_ISSUER = '${staffIssuer}';
var STAFF_API = '${staffApiDomain}';
var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function base64UrlDecode(input) {
  var out = '', buffer = 0, bits = 0;
  for (var i = 0; i < input.length; i++) {
    var value = ALPHABET.indexOf(input.charAt(i));
    if (value < 0) break;
    buffer = (buffer << 6) | value; bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((buffer >> bits) & 0xff); }
  }
  return out;
}
function issuerOf(authorization) {
  if (!authorization || authorization.value.indexOf('Bearer ') !== 0) return undefined;
  var parts = authorization.value.slice(7).split('.');
  if (parts.length !== 3 || parts[1].length > 8192) return undefined;
  try { return JSON.parse(base64UrlDecode(parts[1])).iss; } catch (e) { return undefined; }
}
function handler(event) {
  // Routing only: the staff API's JWT authorizer verifies the token; a forged iss is rejected there.
  if (issuerOf(event.request.headers.authorization) === STAFF_ISSUER) {
    cf.updateRequestOrigin({ domainName: STAFF_API });
  }
  return event.request;
}
`;
}

function apiDomain(api: ApiStack['citizenApi']): string {
  return Fn.select(2, Fn.split('/', api.api.apiEndpoint));
}

/**
 * The Next.js portal on Lambda (Lambda Web Adapter, function URL with IAM auth reached only through
 * CloudFront's Origin Access Control) behind CloudFront: `/api/*` → the HTTP APIs, `/_next/static/*` → S3,
 * everything else → the portal function.
 */
export class WebStack extends Stack {
  readonly distribution: cloudfront.Distribution;
  readonly webFunction: lambda.Function;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const { settings, api, auth, webAssetPath } = props;
    const removalPolicy = dataRemovalPolicy(settings);
    const logGroups = new LogGroups(this, 'LogGroups', settings);
    const publicHost = new URL(settings.publicOrigin).host;

    const logBucket = new s3.Bucket(this, 'EdgeLogsBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [
        {
          expiration: Duration.days(settings.isProduction ? 730 : 400),
          noncurrentVersionExpiration: Duration.days(30),
        },
      ],
      removalPolicy,
    });
    acknowledgeNist(
      logBucket,
      'S3DefaultEncryptionKMS',
      'CloudFront standard logs and S3 server access logs can only be delivered to SSE-S3 buckets.',
    );
    acknowledgeNist(
      logBucket,
      'S3BucketReplicationEnabled',
      'Access logs stay in the deployment region (data localisation); versioning and lifecycle retention protect them.',
    );

    const staticBucket = new s3.Bucket(this, 'StaticAssetsBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: logBucket,
      serverAccessLogsPrefix: 'static/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy,
    });
    acknowledgeNist(
      staticBucket,
      'S3DefaultEncryptionKMS',
      'Holds only the public, content-hashed JavaScript/CSS of the portal build that every visitor downloads; SSE-S3 encrypts at rest and a KMS key would add no confidentiality.',
    );
    acknowledgeNist(
      staticBucket,
      'S3BucketReplicationEnabled',
      'Build output is reproducible from the repository and redeployed by every `cdk deploy`; replication would add nothing.',
    );

    // The function package: the standalone folder plus run.sh, which the Web Adapter starts.
    const serverEntry = existsSync(path.join(webAssetPath, 'server.js')) ? 'server.js' : 'web/server.js';
    const code = lambda.Code.fromAsset(webAssetPath, {
      bundling: {
        image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22-slim'), // never used: local bundling always succeeds
        local: {
          tryBundle(outputDir: string) {
            cpSync(webAssetPath, outputDir, { recursive: true, dereference: true });
            const staticDir = path.join(webAssetPath, '..', 'static');
            const appDir = path.dirname(path.join(outputDir, serverEntry));
            if (existsSync(staticDir)) cpSync(staticDir, path.join(appDir, '.next', 'static'), { recursive: true });
            writeFileSync(path.join(outputDir, 'run.sh'), `#!/bin/bash\nexec node ${serverEntry}\n`);
            chmodSync(path.join(outputDir, 'run.sh'), 0o755);
            return true;
          },
        },
      },
    });

    const webLogs = logGroups.create(this, 'WebLogs');
    const webRole = new iam.Role(this, 'WebRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const webPolicy = new iam.ManagedPolicy(this, 'WebPolicy', {
      statements: [
        new iam.PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [webLogs.logGroupArn],
        }),
        new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
      ],
    });
    webRole.addManagedPolicy(webPolicy);
    acknowledgeAwsSolutions(
      webPolicy,
      'IAM5[Resource::*]',
      'xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions; they are the only statement on Resource "*".',
    );

    const hostedUi = (audience: Audience) => audience.domain.baseUrl();
    this.webFunction = new lambda.Function(this, 'WebFunction', {
      functionName: nameOf(settings, 'web'),
      description: 'Next.js portal (standalone) behind the Lambda Web Adapter',
      runtime: nodeRuntime,
      architecture: lambda.Architecture.ARM_64,
      code,
      handler: 'run.sh',
      layers: [
        lambda.LayerVersion.fromLayerVersionArn(
          this,
          'WebAdapter',
          `arn:aws:lambda:${this.region}:753240598075:layer:LambdaAdapterLayerArm64:25`,
        ),
      ],
      memorySize: 1024,
      timeout: Duration.seconds(30),
      role: webRole.withoutPolicyUpdates(),
      logGroup: webLogs,
      tracing: lambda.Tracing.ACTIVE,
      reservedConcurrentExecutions: settings.reservedConcurrency,
      environment: {
        AWS_LAMBDA_EXEC_WRAPPER: '/opt/bootstrap',
        AWS_LWA_INVOKE_MODE: 'response_stream',
        PORT: '3000',
        NODE_ENV: 'production',
        STAGE: settings.stage,
        PUBLIC_ORIGIN: settings.publicOrigin,
        // Server components call the API through CloudFront, which picks the citizen or staff API.
        API_ORIGIN: settings.publicOrigin,
        AUTH_ISSUER: auth.citizens.issuer,
        AUTH_CLIENT_ID: auth.citizens.portalClient.userPoolClientId,
        AUTH_AUTHORIZE_URL: `${hostedUi(auth.citizens)}/oauth2/authorize`,
        AUTH_TOKEN_URL: `${hostedUi(auth.citizens)}/oauth2/token`,
        AUTH_LOGOUT_URL: `${hostedUi(auth.citizens)}/logout`,
        STAFF_AUTH_ISSUER: auth.staff.issuer,
        STAFF_AUTH_CLIENT_ID: auth.staff.portalClient.userPoolClientId,
        STAFF_AUTH_AUTHORIZE_URL: `${hostedUi(auth.staff)}/oauth2/authorize`,
        STAFF_AUTH_TOKEN_URL: `${hostedUi(auth.staff)}/oauth2/token`,
        STAFF_AUTH_LOGOUT_URL: `${hostedUi(auth.staff)}/logout`,
      },
    });
    acknowledgeServerlessBaseline(this.webFunction, settings);
    const functionUrl = this.webFunction.addFunctionUrl({
      authType: lambda.FunctionUrlAuthType.AWS_IAM,
      invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
    });

    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      responseHeadersPolicyName: nameOf(settings, 'security-headers'),
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        contentTypeOptions: { override: true },
      },
    });

    const apiRouter = new cloudfront.Function(this, 'ApiRouter', {
      functionName: nameOf(settings, 'api-router'),
      comment: 'Sends staff-pool tokens to the staff HTTP API',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(apiRouterCode(auth.staff.issuer, apiDomain(api.staffApi))),
    });

    const certificate = props.certificateArn
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn)
      : undefined;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Yuexiu-hao portal (${settings.stage})`,
      domainNames: certificate ? [publicHost] : undefined,
      certificate,
      minimumProtocolVersion: certificate ? cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021 : undefined,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: origins.FunctionUrlOrigin.withOriginAccessControl(functionUrl),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: securityHeaders,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new origins.HttpOrigin(apiDomain(api.citizenApi), {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
          }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          functionAssociations: [{ function: apiRouter, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
        },
        '/_next/static/*': {
          origin: origins.S3BucketOrigin.withOriginAccessControl(staticBucket),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });
    acknowledgeAwsSolutions(
      this.distribution,
      'CFR1',
      'A public e-government portal: residents and enterprises abroad (students, overseas Chinese, investors) must reach it; WAF and rate rules protect it instead of geo blocking.',
    );
    if (!certificate) {
      acknowledgeAwsSolutions(
        this.distribution,
        'CFR4',
        'Without a certificateArn (context) the distribution uses the *.cloudfront.net certificate, whose TLS policy cannot be set; production deployments pass certificateArn for the publicOrigin host and get TLSv1.2_2021.',
      );
    }

    const staticDir = path.join(webAssetPath, '..', 'static');
    if (existsSync(staticDir)) {
      new s3deploy.BucketDeployment(this, 'StaticAssets', {
        sources: [s3deploy.Source.asset(staticDir)],
        destinationBucket: staticBucket,
        destinationKeyPrefix: '_next/static',
        cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
        prune: false,
        memoryLimit: 512,
        logGroup: logGroups.create(this, 'StaticAssetsDeploymentLogs'),
      });
      acknowledgeBucketDeployment(this, staticBucket);
    }
  }
}

/**
 * The BucketDeployment custom resource is CDK's own deployment-time code (it copies the build's hashed
 * assets into the static bucket during `cdk deploy`); it never runs on a user request and touches only
 * the CDK asset bucket and the static-assets bucket. Its findings are acknowledged on that handler alone.
 */
function acknowledgeBucketDeployment(stack: Stack, bucket: s3.Bucket): void {
  const reason = (what: string) =>
    `CDK-managed BucketDeployment handler (deployment time only, copies public build assets from the CDK asset bucket to the static-assets bucket): ${what}`;
  const handlers = stack.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  for (const handler of handlers) {
    acknowledgeAwsSolutions(
      handler,
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason('CDK attaches the AWS basic execution policy for its logs.'),
    );
    for (const action of ['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*']) {
      acknowledgeAwsSolutions(
        handler,
        `IAM5[Action::${action}]`,
        reason('the action groups come from CDK grantRead/grantReadWrite on the two buckets only.'),
      );
    }
    acknowledgeAwsSolutions(
      handler,
      `IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*]`,
      reason('reads the uploaded asset zip from the bootstrap asset bucket.'),
    );
    acknowledgeAwsSolutions(
      handler,
      `IAM5[Resource::<${stack.getLogicalId(bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`,
      reason('writes build assets anywhere under the static-assets bucket.'),
    );
    acknowledgeAwsSolutions(handler, 'L1', reason('its Python runtime is pinned by aws-cdk-lib and upgraded with it.'));
    acknowledgeNist(
      handler,
      'IAMNoInlinePolicy',
      reason('CDK generates its role policy; it cannot be replaced by a managed policy.'),
    );
    acknowledgeServerlessBaseline(handler, { stage: '', publicOrigin: '', isProduction: false });
  }
}
