import { ArnFormat, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { allMachineScopes, machineResourceServer, publicRoles, staffRoles } from '../../functions/src/deployment.js';
import { applicationEnvironment, grantAuditAppendOnly } from './access-grants.js';
import { AccessTokenClaims } from './access-token-claims.js';
import { AppFunction } from './app-function.js';
import type { DataStack } from './data-stack.js';
import { LogGroups } from './log-groups.js';
import { acknowledgeAwsSolutions, acknowledgeNist } from './nag-acknowledgements.js';
import { dataRemovalPolicy, nameOf, type StageSettings } from './settings.js';
import { customResponseBodies, hostedUiRateRule, logWebAcl, visibility } from './waf-rules.js';

export interface AuthStackProps extends StackProps {
  readonly settings: StageSettings;
  /** The audit table the sign-in trigger appends to. */
  readonly data: DataStack;
  readonly projectRoot: string;
}

/** One sign-in audience: its pool, the portal's app client and the JWT issuer API Gateway trusts. */
export interface Audience {
  readonly pool: cognito.UserPool;
  readonly portalClient: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  /** `https://cognito-idp.<region>.amazonaws.com/<poolId>`, the `iss` claim of the pool's tokens. */
  readonly issuer: string;
}

const strongPasswords: cognito.PasswordPolicy = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
  tempPasswordValidity: Duration.days(3),
};

/** Citizens may correct their own contact details; `custom:uscc` is set by administrators only. */
const citizenWritableAttributes = new cognito.ClientAttributes().withStandardAttributes({
  fullname: true,
  email: true,
  phoneNumber: true,
  locale: true,
  timezone: true,
});
/** Staff may change their display preferences only; name, e-mail, department and street are an administrator's. */
const staffWritableAttributes = new cognito.ClientAttributes().withStandardAttributes({ locale: true, timezone: true });

/**
 * Cognito: a citizen pool (self sign-up, optional TOTP) and a staff pool (admin-created users, TOTP
 * required, groups = staff roles, department/street attributes). Both use the Plus plan for threat
 * protection (adaptive authentication, compromised-credential checks).
 *
 * Sign-in audit (issue 3 §5): a post-authentication trigger appends `auth.signIn` (succeeded) to the
 * audit table for every successful sign-in. Cognito runs no trigger for a failed sign-in, so failures
 * (wrong password, failed MFA, blocked risky attempts) come from threat protection, which is ENFORCED
 * (`FULL_FUNCTION`) and delivers its user-auth events (every attempt with outcome, risk and IP) to a log
 * group per pool kept as long as every other log.
 *
 * Each pool has a REGIONAL WebACL with the sign-in rate rule (rate-limits.ts), so the hosted UI and the
 * public user-pool API refuse the same burst of attempts the portal's /auth/ paths refuse at CloudFront.
 */
export class AuthStack extends Stack {
  readonly citizens: Audience;
  readonly staff: Audience;
  /**
   * The data sharing resource server on the staff pool, whose scopes department systems' app clients get. Those
   * clients are registered at run time by department heads (functions/src/data-sharing/client-directory), never here.
   */
  readonly dataResourceServer: cognito.UserPoolResourceServer;
  /** The post-authentication trigger of both pools. */
  readonly signInAudit: AppFunction;
  /** The WebACL of each pool, by audience id. */
  readonly webAcls: Record<'Citizen' | 'Staff', wafv2.CfnWebACL>;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);
    const { settings, data, projectRoot } = props;
    const removalPolicy = dataRemovalPolicy(settings);
    const logGroups = new LogGroups(this, 'LogGroups', settings);
    const claims = new AccessTokenClaims(this, 'AccessTokenClaims', {
      functionName: nameOf(settings, 'access-token-claims'),
      logGroups,
      settings,
    });

    // Cognito sends verification SMS through SNS with this role; no inline policy (NIST IAMNoInlinePolicy).
    const smsExternalId = nameOf(settings, 'citizen-sms');
    const smsRole = new iam.Role(this, 'CitizenSmsRole', {
      assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com', {
        conditions: { StringEquals: { 'sts:ExternalId': smsExternalId } },
      }),
    });
    const smsPolicy = new iam.ManagedPolicy(this, 'CitizenSmsPolicy', {
      statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
    });
    smsRole.addManagedPolicy(smsPolicy);
    acknowledgeAwsSolutions(
      smsPolicy,
      'IAM5[Resource::*]',
      "Cognito sends verification codes by SMS through sns:Publish to a phone number, which has no ARN; the role is assumable only by Cognito with this pool's external id.",
    );

    const citizenPool = new cognito.UserPool(this, 'CitizenPool', {
      userPoolName: nameOf(settings, 'citizens'),
      selfSignUpEnabled: true,
      signInAliases: { phone: true, email: true },
      autoVerify: { email: true, phone: true },
      keepOriginal: { email: true, phone: true },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: strongPasswords,
      accountRecovery: cognito.AccountRecovery.PHONE_WITHOUT_MFA_AND_EMAIL,
      customAttributes: {
        // Unified social credit code (统一社会信用代码) of an enterprise account.
        // Set by an administrator after checking the business licence; no app client may write it (below).
        uscc: new cognito.StringAttribute({ minLen: 18, maxLen: 18, mutable: true }),
      },
      smsRole,
      smsRoleExternalId: smsExternalId,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: settings.isProduction,
      removalPolicy,
    });
    acknowledgeAwsSolutions(
      citizenPool,
      'COG2',
      "Residents (including elderly residents) sign up themselves; TOTP MFA is offered (optional) and Plus-tier adaptive authentication demands a second factor for risky sign-ins. Staff, who reach other people's data, have MFA required in the staff pool.",
    );

    const staffPool = new cognito.UserPool(this, 'StaffPool', {
      userPoolName: nameOf(settings, 'staff'),
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      autoVerify: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: strongPasswords,
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      customAttributes: {
        // The scope the API trusts (issue 10 §1): set once by an administrator when creating the account
        // (AdminCreateUser) and immutable afterwards — a transfer to another department or street is a new
        // account, so no token, the user's own included, can ever widen a scope. No client writes any custom:*.
        department: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
        street: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
      },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: settings.isProduction,
      removalPolicy,
    });

    for (const role of publicRoles) citizenPool.addGroup(`Group-${role}`, { groupName: role });
    for (const role of staffRoles) staffPool.addGroup(`Group-${role}`, { groupName: role });

    this.signInAudit = new AppFunction(this, 'SignInAudit', {
      functionName: nameOf(settings, 'cognito-post-authentication'),
      description: 'Cognito post-authentication: auth.signIn into the audit trail',
      entry: `${projectRoot}/functions/src/identity/cognito-triggers.ts`,
      handler: 'postAuthentication',
      projectRoot,
      environment: applicationEnvironment(this, settings, data),
      logGroups,
      settings,
      // Cognito waits at most 5 s for a trigger; the handler gives the audit write 3 s of it.
      timeout: Duration.seconds(5),
      memorySize: 256,
    });
    grantAuditAppendOnly(this.signInAudit.policy, data);

    // Access tokens carry custom:department / custom:street / custom:uscc, the claims handlers check.
    for (const pool of [citizenPool, staffPool]) {
      pool.addTrigger(
        cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
        claims.function,
        cognito.LambdaVersion.V2_0,
      );
      pool.addTrigger(cognito.UserPoolOperation.POST_AUTHENTICATION, this.signInAudit.function);
    }

    this.citizens = this.audience('Citizen', citizenPool, settings, Duration.days(7), citizenWritableAttributes);
    this.staff = this.audience('Staff', staffPool, settings, Duration.hours(12), staffWritableAttributes);
    this.dataResourceServer = this.dataScopes(staffPool);

    this.webAcls = {
      Citizen: this.protectSignIn('Citizen', citizenPool, settings, logGroups),
      Staff: this.protectSignIn('Staff', staffPool, settings, logGroups),
    };
    this.logAuthEvents('Citizen', citizenPool, settings);
    this.logAuthEvents('Staff', staffPool, settings);
  }

  /** A REGIONAL WebACL on the pool (hosted UI and user-pool API) with the sign-in rate rule. */
  private protectSignIn(
    id: string,
    pool: cognito.UserPool,
    settings: StageSettings,
    logGroups: LogGroups,
  ): wafv2.CfnWebACL {
    const name = nameOf(settings, `${id.toLowerCase()}-sign-in`);
    const acl = new wafv2.CfnWebACL(this, `${id}WebAcl`, {
      name,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(name),
      customResponseBodies,
      rules: [hostedUiRateRule(name, 0)],
    });
    new wafv2.CfnWebACLAssociation(this, `${id}WebAclAssociation`, {
      resourceArn: pool.userPoolArn,
      webAclArn: acl.attrArn,
    });
    logWebAcl(this, acl, logGroups, { logGroup: `${id}WafLogs`, logging: `${id}WafLogging` });
    return acl;
  }

  /**
   * Threat protection's user-auth events (sign-in attempts, successful or not, with risk decision and
   * IP) and message-delivery errors, delivered by Cognito to a vended log group of the pool.
   */
  private logAuthEvents(id: string, pool: cognito.UserPool, settings: StageSettings): logs.LogGroup {
    const logGroupName = `/aws/vendedlogs/cognito/${nameOf(settings, id.toLowerCase())}`;
    const logGroup = new logs.LogGroup(this, `${id}AuthEventLogs`, {
      logGroupName,
      retention: settings.isProduction ? logs.RetentionDays.TWO_YEARS : logs.RetentionDays.ONE_YEAR,
      removalPolicy: dataRemovalPolicy(settings),
    });
    acknowledgeNist(
      logGroup,
      'CloudWatchLogGroupEncrypted',
      'Cognito log delivery refuses log groups encrypted with a KMS key (SetLogDeliveryConfiguration: "the log group must not be encrypted with AWS KMS"); CloudWatch Logs still encrypts it at rest with its service key, and the events carry no passwords or tokens.',
    );
    const delivery = new cognito.CfnLogDeliveryConfiguration(this, `${id}AuthEventDelivery`, {
      userPoolId: pool.userPoolId,
      logConfigurations: [
        {
          eventSource: 'userAuthEvents',
          logLevel: 'INFO',
          cloudWatchLogsConfiguration: {
            logGroupArn: this.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: logGroupName,
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      ],
    });
    delivery.node.addDependency(logGroup);
    return logGroup;
  }

  /**
   * The data sharing resource server (platform/machine-scopes.ts): Cognito issues a department system's access token
   * as the local identity provider does (sub = client_id, token_use access, scope `yuexiu-data/records.read`).
   *
   * No app client is declared here for a system. Every one is registered at run time by its department's head
   * (data-sharing/client-directory/cognito.ts, with the same flows and these scopes), because the API authorises a
   * system by our record of it: the department a token's `client_id` maps to, its revocation, and the audit of who
   * registered, rotated and revoked it. A client declared in CDK has none of these (its token would be refused as an
   * unknown client), its secret would be handed over outside the head's registration, and our routes could neither
   * rotate nor revoke it.
   */
  private dataScopes(pool: cognito.UserPool): cognito.UserPoolResourceServer {
    const scopes = allMachineScopes.map(
      (scope) =>
        new cognito.ResourceServerScope({
          scopeName: scope.slice(machineResourceServer.length + 1),
          scopeDescription: `Machine clients: ${scope}`,
        }),
    );
    return pool.addResourceServer('DataResourceServer', {
      identifier: machineResourceServer,
      userPoolResourceServerName: 'Yuexiu data sharing',
      scopes,
    });
  }

  private audience(
    id: string,
    pool: cognito.UserPool,
    settings: StageSettings,
    refresh: Duration,
    writeAttributes: cognito.ClientAttributes,
  ): Audience {
    const origin = settings.publicOrigin.replace(/\/$/, '');
    // A public client (no secret) with the authorization-code grant only: the portal must use PKCE,
    // since without a secret the code cannot be redeemed by anyone who merely intercepted it.
    const portalClient = pool.addClient('PortalClient', {
      userPoolClientName: 'portal',
      generateSecret: false,
      // Explicit: an empty `authFlows` lets Cognito fall back to its defaults (SRP, custom auth), which would
      // let a user sign in outside the hosted UI and call the user-pool API with their own token. Only the
      // hosted UI's code grant and refresh remain (CDK always adds ALLOW_REFRESH_TOKEN_AUTH).
      authFlows: { user: false, userSrp: false, userPassword: false, adminUserPassword: false, custom: false },
      // What a user may change of themselves with UpdateUserAttributes: never a custom:* attribute.
      writeAttributes,
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [
          cognito.OAuthScope.OPENID,
          cognito.OAuthScope.EMAIL,
          cognito.OAuthScope.PHONE,
          cognito.OAuthScope.PROFILE,
        ],
        callbackUrls: [`${origin}/auth/callback`],
        logoutUrls: [`${origin}/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: refresh,
    });
    const domain = pool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: nameOf(settings, id.toLowerCase()) },
    });
    const issuer = `https://cognito-idp.${this.region}.amazonaws.com/${pool.userPoolId}`;
    return { pool, portalClient, domain, issuer };
  }
}
