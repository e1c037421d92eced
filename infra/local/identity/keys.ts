import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

/** The local signing key: made on first start, kept under the data folder so sessions survive restarts. */
export async function loadSigningKey(dir: string): Promise<SigningKey> {
  const file = path.join(dir, 'signing-key.json');
  let privateJwk: JWK;
  if (existsSync(file)) {
    privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    privateJwk = {
      ...(await exportJWK(privateKey)),
      kid: `local-${Date.now().toString(36)}`,
      alg: 'RS256',
      use: 'sig',
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  return {
    kid: privateJwk.kid as string,
    privateKey: (await importJWK(privateJwk, 'RS256')) as CryptoKey,
    publicJwk,
  };
}
