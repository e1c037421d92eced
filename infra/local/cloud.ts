import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { resetMachineClientDirectory } from '../../functions/src/data-sharing/client-directory/index.js';
import { resetRealNameVerifier } from '../../functions/src/identity/real-name/index.js';
import { allTables, physicalName } from '../../functions/src/platform/resources.js';
import { localAccountId, localCredentials, localRegion, localStage } from './constants.js';
import { startDynamo } from './dynamodb.js';
import { startEdge } from './edge.js';
import { installLocalEventBus } from './event-bus.js';
import { handlerEnvironment } from './handler-environment.js';
import { createGateway, startGateway } from './gateway.js';
import { createIdentityProvider } from './identity/server.js';
import { loadSigningKey } from './identity/keys.js';
import { tokenVerifier } from './identity/tokens.js';
import { checkMachineClient, localMachineRouteAuthorizer } from './machine-clients.js';
import { checkJava } from './java.js';
import { LocalFunctions } from './lambda-runtime.js';
import { freePort } from './ports.js';
import { provision } from './provision.js';
import { startS3 } from './s3.js';
import { seedDemoData } from './seed.js';
import { seedDemoCases, type DemoCaseReport } from './demo/seed-demo-cases.js';
import { seedDemoLetters, type DemoLetterReport } from './demo/seed-demo-letters.js';
import { seedDemoNotices, type DemoNoticeReport } from './demo/seed-demo-notices.js';
import { seedDemoOfficialDocuments, seedOfficialDocumentSigners } from './demo/seed-official-documents.js';
import { seedDemoGridEvents, type DemoGridEventReport } from './demo/seed-demo-grid-events.js';
import { seedCatalog } from '../../functions/src/catalog/seed/index.js';
import { sweepIntervalMinutes } from '../../functions/src/cases/sweep.js';
import { startSweepTimer } from './sweep-timer.js';
import { seedScenarios } from '../../functions/src/scenarios/seed/index.js';
import { seedCalendars } from '../../functions/src/calendar/seed/index.js';
import { seedRegistries } from '../../functions/src/registries/seed.js';
import { seedOpen311Clients } from './open311-clients.js';
import { localStateMachines } from './state-machines.js';
import { LocalStepFunctions } from './stepfunctions/engine.js';
import { startWeb, type WebMode } from './web.js';
import { loadEdgeSecrets, loadMasterKey, loadSessionSecret } from './master-key.js';

export const LOCAL_CLIENT_ID = 'yuexiu-portal-local';

export interface LocalCloudOptions {
  /** Where DynamoDB, S3, workflow journals and the signing key live (default `.data`). */
  readonly dataDir: string;
  /** The one public port (portal + /api); 0 picks a free port (tests). */
  readonly port: number;
  /** Start the portal too (npm start); integration tests run without it. */
  readonly web?: WebMode | false;
  /** The WAF's rate limits in the gateway (default on); benchmarks of the code path turn them off. */
  readonly rateLimits?: boolean;
  /**
   * Multiplies each signed-in caller's own rate budget (default 1, the WAF's numbers). The shared test cloud
   * raises it: its fixture writes come from a handful of demo users, spread over many addresses.
   */
  readonly subjectRateScale?: number;
  /** Scales workflow timeouts (tests of timeout paths); 1 = as defined. */
  readonly workflowTimeScale?: number;
  /** Let tests set the cloud's clock through PUT /api/_local/clock (infra/local/clock-control.ts). */
  readonly clockControl?: boolean;
  /** Let tests inject faults into the AWS calls through /api/_local/faults (infra/local/fault-control.ts). */
  readonly faultControl?: boolean;
  /** The gateway's admission control (default on, with functions/src/platform/capacity.ts); false turns it off. */
  readonly admission?: boolean;
  /** Seconds between deadline sweeps (default: the platform's sweepIntervalMinutes); 0 turns them off. */
  readonly sweepSeconds?: number;
  /**
   * Seed the demo cases (infra/local/demo): `true` for the 200 of `npm start`, a number for that many.
   * Off by default, so test clouds start with no cases.
   */
  readonly demoCases?: boolean | number;
  /** Seed the historic demo letters (infra/local/demo): `true` for the 200 of `npm start`, a number for that many. */
  readonly demoLetters?: boolean | number;
  /** Seed the demo notices (infra/local/demo): `true` for the 300 of `npm start`, a number for that many. */
  readonly demoNotices?: boolean | number;
  /** Seed three official documents of civil affairs (infra/local/demo/seed-official-documents.ts). */
  readonly demoOfficialDocuments?: boolean;
  /** Seed the demo city events (infra/local/demo): `true` for the 48 of `npm start`, a number for that many. */
  readonly demoGridEvents?: boolean | number;
  readonly log?: (message: string) => void;
}

export interface LocalCloud {
  /** http://localhost:<port> — portal and API on one origin, as CloudFront serves them. */
  readonly origin: string;
  readonly endpoints: { dynamodb: string; s3: string; stepfunctions: string; api: string; web?: string };
  /** The environment the handlers run with. */
  readonly env: Record<string, string>;
  /** What the demo case seeding did, when it was asked for. */
  readonly demoCases?: DemoCaseReport;
  /** What the demo letter seeding did, when it was asked for. */
  readonly demoLetters?: DemoLetterReport;
  /** What the demo notice seeding did, when it was asked for. */
  readonly demoNotices?: DemoNoticeReport;
  /** What the demo city-event seeding did, when it was asked for. */
  readonly demoGridEvents?: DemoGridEventReport;
  stop(): Promise<void>;
}

/** The people the local "provincial identity service" knows (name + resident ID number). */
export const demoPopulationFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'identity',
  'demo-population.json',
);

/**
 * Starts the embedded local cloud: DynamoDB Local, s3rver, the Step Functions engine, the identity
 * provider, the API gateway, optionally the portal, and the edge on one port. Stops everything it
 * started if any piece fails.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const log = options.log ?? (() => undefined);
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
  };
  try {
    checkJava();
    const dataDir = path.resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
    const edgePort = options.port === 0 ? await freePort() : options.port;
    const origin = `http://localhost:${edgePort}`;

    const [dynamo, s3] = await Promise.all([
      startDynamo(path.join(dataDir, 'dynamodb'), await freePort()),
      startS3(path.join(dataDir, 's3'), await freePort(), localStage, origin),
    ]);
    stops.push(dynamo.stop, s3.stop);
    log(`DynamoDB Local ${dynamo.endpoint} · S3 ${s3.endpoint}`);

    const sfnPort = await freePort();
    const env = handlerEnvironment(
      { dynamodb: dynamo.endpoint, s3: s3.endpoint, stepfunctions: `http://127.0.0.1:${sfnPort}` },
      origin,
      loadMasterKey(path.join(dataDir, 'keys')),
      loadEdgeSecrets(path.join(dataDir, 'keys')),
    );
    Object.assign(process.env, env);
    resetConfig();
    resetClients();

    const awsConfig = { region: localRegion, credentials: localCredentials };
    const dynamoClient = new DynamoDBClient({ ...awsConfig, endpoint: dynamo.endpoint });
    const s3Client = new S3Client({ ...awsConfig, endpoint: s3.endpoint, forcePathStyle: true });
    await provision(localStage, dynamoClient, s3Client);
    resetRealNameVerifier();
    resetMachineClientDirectory();
    stops.push(installLocalEventBus(dataDir, log));
    // The person registry first: the demo citizens' profiles are real-name verified against it.
    const registrySeed = await seedRegistries(JSON.parse(readFileSync(demoPopulationFile, 'utf8')));
    const seeded = await seedDemoData(DynamoDBDocumentClient.from(dynamoClient), {
      registry: env.TABLE_REGISTRY as string,
    });
    const catalogItems = await seedCatalog();
    // Scenarios are validated against the published catalog, so they come after it.
    const scenarios = await seedScenarios();
    const calendarYears = await seedCalendars();
    await seedOpen311Clients();
    s3Client.destroy();
    log(
      `Tables and buckets ready; written: ${seeded} demo records, ${catalogItems} service items, ${scenarios} scenarios, ${calendarYears} calendar years, registry sample ${registrySeed}`,
    );

    const machines = await localStateMachines(localStage);
    const sfn = new LocalStepFunctions({
      machines,
      functions: LocalFunctions.fromWorkflowTasks(localStage, { region: localRegion, accountId: localAccountId }),
      dataDir: path.join(dataDir, 'stepfunctions'),
      region: localRegion,
      accountId: localAccountId,
      timeScale: options.workflowTimeScale,
    });
    await sfn.start();
    const sfnServer = await sfn.listen(sfnPort);
    stops.push(
      () => sfn.stop(),
      () => sfnServer.close(),
    );
    log(`Step Functions ${env.AWS_ENDPOINT_URL_SFN} (${machines.map((m) => m.name).join(', ')})`);

    const issuer = `${origin}/api/auth/local`;
    const key = await loadSigningKey(path.join(dataDir, 'identity'));
    const idp = createIdentityProvider({
      issuer,
      clientId: LOCAL_CLIENT_ID,
      redirectUris: [`${origin}/auth/callback`],
      logoutUris: [`${origin}/`],
      key,
      machineClient: checkMachineClient,
    });
    const gatewayOptions = {
      verifyToken: tokenVerifier(key, issuer, [LOCAL_CLIENT_ID]),
      machineRouteAuthorizer: localMachineRouteAuthorizer(key, issuer, [LOCAL_CLIENT_ID]),
      identityProvider: idp.handle,
      publicHost: `localhost:${edgePort}`,
    };
    const gateway = await startGateway(
      createGateway({
        ...gatewayOptions,
        rateLimits: options.rateLimits,
        ...(options.subjectRateScale ? { subjectRateScale: options.subjectRateScale } : {}),
        clockControl: options.clockControl,
        faultControl: options.faultControl,
        ...(options.admission === false ? { admission: false as const } : {}),
      }),
      0,
    );
    stops.push(gateway.stop);

    // Who signs official documents names demo users, so it is set whenever they are there.
    await seedOfficialDocumentSigners();

    let demoCases: DemoCaseReport | undefined;
    if (options.demoCases) {
      // The demo users work through a gateway of their own, without the WAF's per-address limits, before
      // the edge opens: nobody else's request runs while the seeding moves the clock through the past.
      const seeding = await startGateway(createGateway({ ...gatewayOptions, rateLimits: false }), 0);
      try {
        demoCases = await seedDemoCases({
          origin: seeding.origin,
          count: options.demoCases === true ? undefined : options.demoCases,
          log,
        });
      } finally {
        await seeding.stop();
      }
      log(
        demoCases.created > 0
          ? `Demo cases: ${demoCases.created} created in ${demoCases.seconds} s (${Object.entries(demoCases.byStatus)
              .map(([status, n]) => `${n} ${status}`)
              .join(', ')})`
          : `Demo cases: all ${demoCases.planned} present`,
      );
    }

    let demoLetters: DemoLetterReport | undefined;
    if (options.demoLetters) {
      demoLetters = await seedDemoLetters({
        ...(options.demoLetters === true ? {} : { count: options.demoLetters }),
        log,
      });
      log(`Demo letters: ${demoLetters.created} of ${demoLetters.planned} written in ${demoLetters.seconds} s`);
    }

    let demoNotices: DemoNoticeReport | undefined;
    if (options.demoNotices) {
      demoNotices = await seedDemoNotices({
        ...(options.demoNotices === true ? {} : { count: options.demoNotices }),
        log,
      });
      log(`Demo notices: ${demoNotices.created} of ${demoNotices.planned} written`);
    }

    if (options.demoOfficialDocuments) {
      log(`Demo official documents: ${await seedDemoOfficialDocuments()} written`);
    }

    let demoGridEvents: DemoGridEventReport | undefined;
    if (options.demoGridEvents) {
      demoGridEvents = await seedDemoGridEvents({
        ...(options.demoGridEvents === true ? {} : { count: options.demoGridEvents }),
        log,
      });
      log(`Demo city events: ${demoGridEvents.created} of ${demoGridEvents.planned} written`);
    }

    let web: { origin: string; stop: () => Promise<void> } | undefined;
    if (options.web) {
      web = await startWeb(
        options.web,
        await freePort(),
        {
          // Like CloudFront on AWS: the portal's server calls the API through the edge, which adds X-Origin-Verify.
          API_ORIGIN: `http://127.0.0.1:${edgePort}`,
          VIEWER_SIGNING_SECRET: env.VIEWER_SIGNING_SECRET as string,
          PUBLIC_ORIGIN: origin,
          AUTH_ISSUER: issuer,
          AUTH_CLIENT_ID: LOCAL_CLIENT_ID,
          AUTH_AUTHORIZE_URL: `${issuer}/oauth2/authorize`,
          AUTH_TOKEN_URL: `${gateway.origin}/api/auth/local/oauth2/token`,
          AUTH_JWKS_URL: `${gateway.origin}/api/auth/local/.well-known/jwks.json`,
          AUTH_LOGOUT_URL: `${issuer}/logout`,
          SESSION_SECRET: loadSessionSecret(path.join(dataDir, 'keys')),
          // The browser PUTs uploads to presigned URLs on s3rver: the CSP must allow that origin.
          UPLOAD_ORIGIN: s3.endpoint,
        },
        log,
      );
      stops.push(web.stop);
    }
    const edge = await startEdge(edgePort, { api: gateway.origin, web: web?.origin }, env.ORIGIN_SECRET as string, {
      rateLimits: options.rateLimits !== false,
    });
    stops.push(edge.stop);
    const sweepSeconds = options.sweepSeconds ?? sweepIntervalMinutes * 60;
    if (sweepSeconds > 0) stops.push(startSweepTimer(sweepSeconds, log));
    dynamoClient.destroy();

    // Tools such as `npm run audit:verify` find the running cloud here.
    const endpointsFile = path.join(dataDir, 'endpoints.json');
    const tables = Object.fromEntries(allTables.map((t) => [t.id, physicalName(localStage, t.id)]));
    writeFileSync(
      endpointsFile,
      JSON.stringify(
        {
          origin,
          dynamodb: dynamo.endpoint,
          s3: s3.endpoint,
          stepfunctions: env.AWS_ENDPOINT_URL_SFN,
          api: gateway.origin,
          tables,
        },
        null,
        2,
      ),
    );
    stops.push(async () => rmSync(endpointsFile, { force: true }));

    return {
      origin,
      endpoints: {
        dynamodb: dynamo.endpoint,
        s3: s3.endpoint,
        stepfunctions: env.AWS_ENDPOINT_URL_SFN as string,
        api: gateway.origin,
        web: web?.origin,
      },
      env,
      ...(demoCases ? { demoCases } : {}),
      ...(demoLetters ? { demoLetters } : {}),
      ...(demoNotices ? { demoNotices } : {}),
      ...(demoGridEvents ? { demoGridEvents } : {}),
      stop: async () => {
        await stopAll();
        resetClients();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** A local cloud on a fresh temporary data folder (tests); removed again by stop(). */
export async function startEphemeralCloud(
  options: Omit<LocalCloudOptions, 'dataDir' | 'port'> & { dataDir?: string } = {},
) {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'yuexiu-'));
  const cloud = await startLocalCloud({ ...options, dataDir, port: 0 });
  return {
    ...cloud,
    dataDir,
    stop: async () => {
      await cloud.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
