import { chmodSync, cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DockerImage, Duration, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { ApiStack } from './api-stack.js';
import type { PortalApi } from './portal-api.js';
import { nodeRuntime } from './app-function.js';
import type { AuthStack, Audience } from './auth-stack.js';
import type { DataStack } from './data-stack.js';
import { LogGroups } from './log-groups.js';
import { OriginBodyHash } from './origin-body-hash.js';
import { viewerAddressFunctionCode } from './edge-trust.js';
import { acknowledgeBucketDeployment } from './bucket-deployment-acknowledgements.js';
import { acknowledgeAwsSolutions, acknowledgeNist, acknowledgeServerlessBaseline } from './nag-acknowledgements.js';
import { apiRouterCode, webLauncherSource } from './web-edge-code.js';
import { dataRemovalPolicy, nameOf, type StageSettings } from './settings.js';

export interface WebStackProps extends StackProps {
  readonly settings: StageSettings;
  /** The edge-trust secrets the route functions share with CloudFront and the portal. */
  readonly api: ApiStack;
  /** The two HTTP APIs CloudFront routes `/api/*` to (by the token's issuer). */
  readonly httpApis: { readonly citizen: PortalApi; readonly staff: PortalApi };
  readonly auth: AuthStack;
  /** The documents bucket: browsers upload to it directly (UPLOAD_ORIGIN). */
  readonly data: DataStack;
  /** A stack in us-east-1 for the Lambda@Edge function (the WAF stack). */
  readonly edgeStack: Stack;
  /** Next.js `output: 'standalone'` folder (web/.next/standalone). */
  readonly webAssetPath: string;
  /** ARN of the CLOUDFRONT WebACL (from the us-east-1 WAF stack). */
  readonly webAclArn: string;
  /** ACM certificate (us-east-1) for the host of publicOrigin; without it CloudFront serves its own domain. */
  readonly certificateArn?: string;
}

function apiDomain(api: PortalApi): string {
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
    const { settings, api, httpApis, auth, data, webAssetPath } = props;
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

    // The function package: the standalone folder plus run.sh, which the Web Adapter starts, and
    // launch.mjs, which fetches the session secret before it loads Next's server.js.
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
            writeFileSync(path.join(outputDir, 'launch.mjs'), webLauncherSource(serverEntry));
            writeFileSync(path.join(outputDir, 'run.sh'), '#!/bin/bash\nexec node launch.mjs\n');
            chmodSync(path.join(outputDir, 'run.sh'), 0o755);
            return true;
          },
        },
      },
    });

    // SESSION_SECRET: generated by Secrets Manager, encrypted with a key of its own, read by launch.mjs at
    // start. Never an environment variable in the template (which would show it in the function's
    // configuration to anyone with lambda:GetFunctionConfiguration).
    const sessionSecretKey = new kms.Key(this, 'SessionSecretKey', {
      description: 'Portal session secret',
      enableKeyRotation: true,
      removalPolicy,
    });
    const sessionSecret = new secretsmanager.Secret(this, 'SessionSecret', {
      secretName: nameOf(settings, 'web-session-secret'),
      description: 'Signs and encrypts the portal session cookies; read by the web function at start',
      encryptionKey: sessionSecretKey,
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy,
    });
    acknowledgeAwsSolutions(
      sessionSecret,
      'SMG4',
      'The session secret is rotated by operations (put-secret-value, then redeploy or let execution environments recycle); every rotation signs out all users, so it is not on an automatic schedule. Staff sessions last at most 12 hours regardless.',
    );
    acknowledgeNist(
      sessionSecret,
      'SecretsManagerRotationEnabled',
      'The session secret is rotated by operations (put-secret-value, then redeploy or let execution environments recycle); every rotation signs out all users, so it is not on an automatic schedule. Staff sessions last at most 12 hours regardless.',
    );

    const webLogs = logGroups.create(this, 'WebLogs');
    const webRole = new iam.Role(this, 'WebRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const webPolicy = new iam.ManagedPolicy(this, 'WebPolicy', {
      statements: [
        new iam.PolicyStatement({
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [webLogs.logGroupArn],
        }),
        new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
        new iam.PolicyStatement({
          sid: 'ReadSessionSecret',
          actions: ['secretsmanager:GetSecretValue'],
          resources: [sessionSecret.secretArn],
        }),
        new iam.PolicyStatement({
          sid: 'DecryptSessionSecret',
          actions: ['kms:Decrypt'],
          resources: [sessionSecretKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${this.region}.amazonaws.com` } },
        }),
      ],
    });
    api.edgeTrust.grantRead(webPolicy, 'web');
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
      // Serves GET /secretsmanager/get on localhost for launch.mjs (AWS Parameters and Secrets Extension).
      paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
        cacheEnabled: true,
        logLevel: lambda.ParamsAndSecretsLogLevel.WARN,
      }),
      // The variables web/lib/config.ts reads (web-stack.test.ts lists them).
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
        // launch.mjs turns this into SESSION_SECRET before Next starts.
        SESSION_SECRET_ARN: sessionSecret.secretArn,
        // ...and this into VIEWER_SIGNING_SECRET (web/lib/viewer.ts signs the viewer's address with it).
        ...api.edgeTrust.environment('web'),
        // Browsers PUT documents straight to the bucket by presigned URL (CSP connect-src).
        UPLOAD_ORIGIN: `https://${data.documents.bucketRegionalDomainName}`,
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
      code: cloudfront.FunctionCode.fromInline(apiRouterCode(auth.staff.issuer, apiDomain(httpApis.staff))),
    });

    // The portal signs the viewer's address it reads here (web/lib/viewer.ts): the edge sets it, overwriting
    // whatever the client sent under that name.
    const viewerAddress = new cloudfront.Function(this, 'ViewerAddress', {
      functionName: nameOf(settings, 'viewer-address'),
      comment: "Sets CloudFront-Viewer-Address to the viewer's address for the portal",
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(viewerAddressFunctionCode),
    });

    // OAC signs portal requests with SigV4; POST bodies need x-amz-content-sha256 (see origin-body-hash.ts).
    // Chosen over an unauthenticated function URL guarded by a shared secret header: the URL stays
    // reachable only through CloudFront (so never around the WAF), no secret has to be kept in sync
    // between CloudFront and the app, and the portal code does not change.
    const originBodyHash = new OriginBodyHash(this, 'OriginBodyHash', {
      functionName: nameOf(settings, 'origin-body-hash'),
      edgeStack: props.edgeStack,
    });

    const certificate = props.certificateArn
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn)
      : undefined;
    // The HTTP API: its /api routes, and Open311 GeoReport v2 at the path its clients expect (/open311/v2/).
    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: new origins.HttpOrigin(apiDomain(httpApis.citizen), {
        protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
        // The API refuses requests without it (403 EDGE_REQUIRED): nobody calls it around the WAF.
        customHeaders: api.edgeTrust.originHeaders(),
      }),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: securityHeaders,
      functionAssociations: [{ function: apiRouter, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
    };
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
        functionAssociations: [{ function: viewerAddress, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
        edgeLambdas: [
          {
            functionVersion: originBodyHash.edgeFunction.currentVersion,
            eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
            includeBody: true,
          },
        ],
      },
      additionalBehaviors: {
        '/api/*': apiBehavior,
        '/open311/*': apiBehavior,
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
