import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { nowMs } from '../../../functions/src/platform/clock.js';
import { readBody, sendJson } from '../http-io.js';
import type { DemoUser } from './demo-users.js';
import type { SigningKey } from './keys.js';
import { signInPage, totpPage } from './sign-in-page.js';
import { createSignIn, MFA_SESSION_SECONDS, refusalMessages, type SignInStep } from './sign-in.js';
import { issueClientToken, issueTokens } from './tokens.js';

export interface IdentityProviderOptions {
  /** Public issuer URL, e.g. http://localhost:3000/api/auth/local */
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly logoutUris: readonly string[];
  readonly key: SigningKey;
  /**
   * Checks a machine client's credentials (client_credentials grant): the scopes it may have, or undefined when the
   * id or secret is wrong or the client was revoked.
   */
  readonly machineClient?: (clientId: string, secret: string) => Promise<{ scopes: readonly string[] } | undefined>;
}

interface PendingCode {
  user: DemoUser;
  clientId: string;
  redirectUri: string;
  challenge: string;
  expires: number;
}

const CODE_SECONDS = 300;

interface AuthorizeParams extends Record<string, string> {
  response_type: string;
  client_id: string;
  redirect_uri: string;
  state: string;
  code_challenge: string;
  code_challenge_method: string;
  scope: string;
}

const oauthError = (res: ServerResponse, status: number, error: string, description: string) =>
  sendJson(res, status, { error, error_description: description });

/** What the hosted page says when a step is refused (Chinese first). */
const pageMessages: Record<Extract<SignInStep, { outcome: 'refused' }>['code'], string> = {
  BAD_CREDENTIALS: '用户名或密码错误 Wrong username or password',
  CODE_MISMATCH: '动态验证码错误或已过期 Wrong or expired authenticator code',
  PASSWORD_ATTEMPTS_EXCEEDED: '失败次数过多，账户已暂时锁定，请稍后再试 Too many failed attempts: try again later',
  SESSION_EXPIRED: '登录超时，请重新输入密码 The sign-in took too long: enter your password again',
};

/**
 * A local OAuth 2.0 / OIDC provider with Cognito's endpoints and claims: authorization code flow with
 * PKCE (S256) for the portal, and a password shortcut (`POST /token`) for scripts and tests. Users with
 * MFA on answer a TOTP challenge after the password, and repeated failures lock a user out (sign-in.ts).
 */
export function createIdentityProvider(options: IdentityProviderOptions) {
  const codes = new Map<string, PendingCode>();
  const signIn = createSignIn();

  function authorizeParams(params: URLSearchParams): { error?: string; hidden?: AuthorizeParams } {
    const hidden: AuthorizeParams = {
      response_type: params.get('response_type') ?? '',
      client_id: params.get('client_id') ?? '',
      redirect_uri: params.get('redirect_uri') ?? '',
      state: params.get('state') ?? '',
      code_challenge: params.get('code_challenge') ?? '',
      code_challenge_method: params.get('code_challenge_method') ?? '',
      scope: params.get('scope') ?? 'openid',
    };
    if (hidden.response_type !== 'code') return { error: 'response_type must be code' };
    if (hidden.client_id !== options.clientId) return { error: 'unknown client_id' };
    if (!options.redirectUris.includes(hidden.redirect_uri)) return { error: 'redirect_uri is not registered' };
    if (hidden.code_challenge_method !== 'S256' || !/^[A-Za-z0-9_-]{43,128}$/.test(hidden.code_challenge)) {
      return { error: 'PKCE with code_challenge_method=S256 is required' };
    }
    return { hidden };
  }

  async function authorize(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const params = req.method === 'POST' ? new URLSearchParams(await readBody(req, 16_384)) : url.searchParams;
    const { error, hidden } = authorizeParams(params);
    if (!hidden) return oauthError(res, 400, 'invalid_request', error ?? 'invalid request');
    const html = (status: number, body: string) => {
      res.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        'x-frame-options': 'DENY',
      });
      res.end(body);
    };
    if (req.method !== 'POST') return html(200, signInPage(hidden));
    const session = params.get('mfa_session');
    const username = params.get('username') ?? '';
    const step =
      session !== null
        ? await signIn.withCode(req, session, params.get('totp') ?? '')
        : await signIn.withPassword(req, username, params.get('password') ?? '');
    if (step.outcome === 'mfa-required') return html(200, totpPage(hidden, step.session));
    if (step.outcome === 'refused') {
      const message = pageMessages[step.code];
      return step.code === 'CODE_MISMATCH' && session !== null
        ? html(401, totpPage(hidden, session, message))
        : html(401, signInPage(hidden, message, username));
    }
    const user = step.user;
    const code = randomBytes(24).toString('base64url');
    codes.set(code, {
      user,
      clientId: hidden.client_id,
      redirectUri: hidden.redirect_uri,
      challenge: hidden.code_challenge,
      expires: nowMs() + CODE_SECONDS * 1000,
    });
    const target = new URL(hidden.redirect_uri);
    target.searchParams.set('code', code);
    if (hidden.state) target.searchParams.set('state', hidden.state);
    res.writeHead(302, { location: target.toString(), 'cache-control': 'no-store' });
    res.end();
  }

  /**
   * Cognito's client credentials grant for machine clients: the client authenticates with HTTP Basic (or
   * client_id/client_secret in the form) and gets an access token with the scopes asked for (all of its own if none).
   */
  async function clientCredentials(req: IncomingMessage, res: ServerResponse, form: URLSearchParams): Promise<void> {
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, 'base64').toString('utf8').split(':', 2)
      : [form.get('client_id') ?? '', form.get('client_secret') ?? ''];
    const client = id && secret && options.machineClient ? await options.machineClient(id, secret) : undefined;
    if (!client) return oauthError(res, 401, 'invalid_client', 'unknown client, wrong secret or revoked');
    const asked = (form.get('scope') ?? '').split(' ').filter((s) => s.length > 0);
    if (asked.some((s) => !client.scopes.includes(s))) {
      return oauthError(res, 400, 'invalid_scope', 'a scope the client may not have');
    }
    const scope = (asked.length > 0 ? asked : client.scopes).join(' ');
    sendJson(res, 200, await issueClientToken(options.key, options.issuer, id!, scope));
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req, 16_384));
    if (form.get('grant_type') === 'client_credentials') return clientCredentials(req, res, form);
    if (form.get('grant_type') !== 'authorization_code') {
      return oauthError(res, 400, 'unsupported_grant_type', 'only authorization_code and client_credentials');
    }
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    codes.delete(code);
    if (!pending || pending.expires < nowMs()) return oauthError(res, 400, 'invalid_grant', 'unknown or expired code');
    if (form.get('client_id') !== pending.clientId || form.get('redirect_uri') !== pending.redirectUri) {
      return oauthError(res, 400, 'invalid_grant', 'client_id or redirect_uri does not match');
    }
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (challenge !== pending.challenge) return oauthError(res, 400, 'invalid_grant', 'PKCE verification failed');
    sendJson(res, 200, await issueTokens(options.key, options.issuer, options.clientId, pending.user));
  }

  /**
   * The password shortcut, Cognito's InitiateAuth (USER_PASSWORD_AUTH) and RespondToAuthChallenge in one:
   * `{username, password}` signs in a user without MFA; a user with MFA gets 401 MFA_REQUIRED with a
   * SOFTWARE_TOKEN_MFA challenge session, answered by `{session, totp}` — or sends `totp` with the password.
   */
  async function passwordToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: { username?: unknown; password?: unknown; totp?: unknown; session?: unknown };
    try {
      body = JSON.parse(await readBody(req, 16_384)) as typeof body;
    } catch {
      return sendJson(res, 400, { error: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' } });
    }
    if (body.totp !== undefined && typeof body.totp !== 'string') {
      return sendJson(res, 400, {
        error: { code: 'INVALID_TOTP', message: 'totp: expected the 6-digit code as a string' },
      });
    }
    const step: SignInStep =
      typeof body.session === 'string'
        ? await signIn.withCode(req, body.session, body.totp ?? '')
        : typeof body.username === 'string' && typeof body.password === 'string'
          ? await signIn.withPassword(req, body.username, body.password, body.totp)
          : { outcome: 'refused', code: 'BAD_CREDENTIALS' };
    if (step.outcome === 'mfa-required') {
      return sendJson(res, 401, {
        error: { code: 'MFA_REQUIRED', message: 'totp: this user signs in with an authenticator code' },
        challenge: { name: 'SOFTWARE_TOKEN_MFA', session: step.session, expiresInSeconds: MFA_SESSION_SECONDS },
      });
    }
    if (step.outcome === 'refused') {
      if (step.retryAfterSeconds) res.setHeader('retry-after', String(step.retryAfterSeconds));
      return sendJson(res, 401, { error: { code: step.code, message: refusalMessages[step.code] } });
    }
    sendJson(res, 200, await issueTokens(options.key, options.issuer, options.clientId, step.user));
  }

  function logout(res: ServerResponse, url: URL): void {
    const target = url.searchParams.get('logout_uri') ?? '';
    if (!options.logoutUris.includes(target))
      return oauthError(res, 400, 'invalid_request', 'logout_uri is not registered');
    res.writeHead(302, { location: target, 'cache-control': 'no-store' });
    res.end();
  }

  /** Serves `path` (relative to the issuer); returns false when the path is not the provider's. */
  async function handle(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<boolean> {
    const { issuer } = options;
    switch (`${req.method} ${path}`) {
      case 'GET /.well-known/openid-configuration':
        sendJson(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/oauth2/authorize`,
          token_endpoint: `${issuer}/oauth2/token`,
          jwks_uri: `${issuer}/.well-known/jwks.json`,
          end_session_endpoint: `${issuer}/logout`,
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code', 'client_credentials'],
          code_challenge_methods_supported: ['S256'],
          id_token_signing_alg_values_supported: ['RS256'],
          subject_types_supported: ['public'],
          scopes_supported: ['openid', 'profile', 'email'],
        });
        return true;
      case 'GET /.well-known/jwks.json':
        sendJson(res, 200, { keys: [options.key.publicJwk] });
        return true;
      case 'GET /oauth2/authorize':
      case 'POST /oauth2/authorize':
        await authorize(req, res, url);
        return true;
      case 'POST /oauth2/token':
        await token(req, res);
        return true;
      case 'POST /token':
        await passwordToken(req, res);
        return true;
      case 'GET /logout':
        logout(res, url);
        return true;
      default:
        return false;
    }
  }

  return { handle };
}
