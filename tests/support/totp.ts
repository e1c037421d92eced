import { findDemoUser } from '../../infra/local/identity/demo-users.js';
import { totpCode } from '../../infra/local/identity/totp.js';

/**
 * The authenticator code of a demo user with MFA on (every staff user, and citizen4) at `atMs` (default:
 * the one clock's now, which tests that move the cloud's clock move here too), or undefined for a user
 * without MFA. Demo secrets are demo data (infra/local/identity/totp.ts).
 */
export function totpFor(username: string, atMs?: number): string | undefined {
  const secret = findDemoUser(username)?.totpSecret;
  return secret ? totpCode(secret, atMs) : undefined;
}
