import { nowMs } from '../functions/src/platform/clock.js';
import { demoUsers, findDemoUser } from '../infra/local/identity/demo-users.js';
import { totpCode } from '../infra/local/identity/totp.js';

/**
 * Prints the current authenticator code of demo users with MFA on (local cloud only; the secrets are demo
 * data): `npm run demo-totp -- officer1 [more usernames]`, or with no name every such user's.
 */
const names = process.argv.slice(2);
const users = names.length > 0 ? names.map((n) => findDemoUser(n) ?? n) : demoUsers.filter((u) => u.totpSecret);
let failed = false;
for (const user of users) {
  if (typeof user === 'string' || !user.totpSecret) {
    console.error(`${typeof user === 'string' ? user : user.username}: no such demo user with MFA on`);
    failed = true;
    continue;
  }
  const secondsLeft = 30 - (Math.floor(nowMs() / 1000) % 30);
  console.log(
    `${user.username}\t${totpCode(user.totpSecret)}\t(valid ${secondsLeft} s more; secret ${user.totpSecret})`,
  );
}
if (failed) process.exitCode = 1;
