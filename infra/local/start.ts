import { demoUsers, DEMO_PASSWORD } from './identity/demo-users.js';
import { startLocalCloud } from './cloud.js';
import { localSettings } from './settings.js';

/** `npm start`: the whole platform on the embedded local cloud, until Ctrl-C. */
async function main(): Promise<void> {
  const settings = localSettings(process.env, process.argv.slice(2));
  const log = (m: string) => console.log(`[local] ${m}`);
  const cloud = await startLocalCloud({
    dataDir: settings.dataDir,
    port: settings.port,
    web: settings.web,
    rateLimits: settings.rateLimits,
    demoCases: settings.demoCases,
    // The historic letters go with the demo cases (YUEXIU_DEMO_CASES).
    demoLetters: settings.demoCases,
    // And the public information (notices, policy documents, interpretations) that fills the search's 政务信息.
    demoNotices: settings.demoCases,
    // And a few official documents (公文) of civil affairs: signed and dispatched, in review, a draft.
    demoOfficialDocuments: Boolean(settings.demoCases),
    // And the city events of the grid (dispatcher1's console, the departments' and inspectors' inboxes).
    demoGridEvents: settings.demoCases,
    ...(settings.admission ? {} : { admission: false as const }),
    ...(settings.faultControl ? { faultControl: true } : {}),
    log,
  });
  console.log(`
  越秀号 Yuexiu-hao is running on the embedded local cloud
    Portal and API  ${cloud.origin}   (API under ${cloud.origin}/api, health: ${cloud.origin}/api/health)
    Staff area      ${cloud.origin}/staff
    Data            ${settings.dataDir}
    Demo users      ${demoUsers.length} (README: citizen1, officer1, head1, clerk1, supervisor1, admin1, …) — password ${DEMO_PASSWORD}
    Demo cases      ${cloud.demoCases ? `${cloud.demoCases.planned} (inbox: ${cloud.origin}/staff, my cases: ${cloud.origin}/my/cases)` : 'off (YUEXIU_DEMO_CASES=off)'}
  Press Ctrl-C to stop.
`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[local] ${signal}: stopping…`);
    await cloud.stop();
    console.log('[local] stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`\n[local] could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
