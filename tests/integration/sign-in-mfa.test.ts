import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { lockoutPolicy } from '../../infra/local/identity/lockout.js';
import { origin, setCloudClock } from '../support/api.js';
import { totpFor } from '../support/totp.js';

/**
 * Issue 10 §10: the local identity provider enforces the pools' rules — TOTP after the password for staff
 * (required in the staff pool) and for citizens who turned it on (optional in the citizen pool), and
 * Cognito's lockout after repeated failures. Each test signs in from a loopback address of its own, so the
 * per-address sign-in rate limit of the other tests is not this one's.
 */
interface TokenAnswer {
  status: number;
  retryAfter?: string;
  body: {
    access_token?: string;
    error?: { code: string; message: string };
    challenge?: { name: string; session: string };
  };
}

function signIn(localAddress: string, body: Record<string, unknown>): Promise<TokenAnswer> {
  const url = new URL('/api/auth/local/token', origin());
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'] as string | undefined,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as TokenAnswer['body'],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const password = 'demo-password';
const codeOf = (username: string) => {
  const code = totpFor(username);
  if (!code) throw new Error(`${username} has no MFA`);
  return code;
};
/** A code that is not the user's (the right one, off by one digit value). */
const wrongCodeOf = (username: string) => String((Number(codeOf(username)) + 1) % 1_000_000).padStart(6, '0');
const usernameIn = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as { username: string })
    .username;

afterAll(async () => {
  await setCloudClock(undefined);
});

describe('sign-in with TOTP (local identity provider = the Cognito pools)', () => {
  it('asks staff for an authenticator code after the password, refuses a wrong one and accepts the right one', async () => {
    const from = '127.0.0.71';
    const first = await signIn(from, { username: 'officer2', password });
    expect(first.status).toBe(401);
    expect(first.body.access_token).toBeUndefined();
    expect(first.body.error?.code).toBe('MFA_REQUIRED');
    expect(first.body.challenge?.name).toBe('SOFTWARE_TOKEN_MFA');
    const session = first.body.challenge?.session as string;

    const wrong = await signIn(from, { session, totp: wrongCodeOf('officer2') });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('CODE_MISMATCH');
    expect(wrong.body.access_token).toBeUndefined();

    const right = await signIn(from, { session, totp: codeOf('officer2') });
    expect(right.status).toBe(200);
    expect(usernameIn(right.body.access_token as string)).toBe('officer2');

    // A session serves one sign-in only.
    const again = await signIn(from, { session, totp: codeOf('officer2') });
    expect(again.body.error?.code).toBe('SESSION_EXPIRED');
  });

  it('refuses a code with a wrong password, and a made-up session', async () => {
    const from = '127.0.0.72';
    const badPassword = await signIn(from, { username: 'head2', password: 'wrong', totp: codeOf('head2') });
    expect(badPassword.body.error?.code).toBe('BAD_CREDENTIALS');
    const madeUp = await signIn(from, { session: 'made-up', totp: codeOf('head2') });
    expect(madeUp.body.error?.code).toBe('SESSION_EXPIRED');
    const both = await signIn(from, { username: 'head2', password, totp: codeOf('head2') });
    expect(both.status).toBe(200);
  });

  it('asks citizens who turned MFA on for a code, and signs other citizens in with the password', async () => {
    const from = '127.0.0.73';
    const withMfa = await signIn(from, { username: 'citizen4', password });
    expect(withMfa.body.error?.code).toBe('MFA_REQUIRED');
    const withCode = await signIn(from, { username: 'citizen4', password, totp: codeOf('citizen4') });
    expect(withCode.status).toBe(200);
    const withoutMfa = await signIn(from, { username: 'citizen2', password });
    expect(withoutMfa.status).toBe(200);
    expect(totpFor('citizen2')).toBeUndefined();
  });

  it('locks a user out after five failures, doubling the lockout, as Cognito does', async () => {
    const from = '127.0.0.74';
    const user = 'clerk2';
    const start = Date.parse('2027-03-01T02:00:10Z');
    const at = (seconds: number) => setCloudClock(new Date(start + seconds * 1000).toISOString(), { frozen: true });
    await at(0);
    for (let i = 0; i < lockoutPolicy.freeFailures; i++) {
      const wrong = await signIn(from, { username: user, password, totp: wrongCodeOf(user) });
      expect(wrong.body.error?.code, `attempt ${i + 1}`).toBe('CODE_MISMATCH');
    }
    // Locked for a second: even the right password and code are refused, unchecked.
    const locked = await signIn(from, { username: user, password, totp: codeOf(user) });
    expect(locked.status).toBe(401);
    expect(locked.body.error?.code).toBe('PASSWORD_ATTEMPTS_EXCEEDED');
    expect(locked.retryAfter).toBe('1');
    expect(locked.body.access_token).toBeUndefined();

    // The next failure after the lockout doubles it.
    await at(2);
    expect((await signIn(from, { username: user, password: 'wrong' })).body.error?.code).toBe('BAD_CREDENTIALS');
    const lockedAgain = await signIn(from, { username: user, password, totp: codeOf(user) });
    expect(lockedAgain.body.error?.code).toBe('PASSWORD_ATTEMPTS_EXCEEDED');
    expect(lockedAgain.retryAfter).toBe('2');

    // Once it has passed, the right code signs in and the count starts again.
    await at(5);
    const right = await signIn(from, { username: user, password, totp: codeOf(user) });
    expect(right.status).toBe(200);
    expect((await signIn(from, { username: user, password: 'wrong' })).body.error?.code).toBe('BAD_CREDENTIALS');
    expect((await signIn(from, { username: user, password, totp: codeOf(user) })).status).toBe(200);
  });
});
