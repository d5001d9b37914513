import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { TOKEN_ALGORITHM, type KeySource, readOrCreateKeyFile } from '@eco/kit';

/** The public half as published in the JWKS. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: typeof TOKEN_ALGORITHM;
  use: 'sig';
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** RFC 7638 thumbprint of the public key, so a rotated key gets a new id by itself. */
  kid: string;
  jwk: PublicJwk;
}

export const SIGNING_KEY_FILE = path.join('keys', 'jwt-es256.pem');

/** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
export function jwkThumbprint(jwk: { crv: string; kty: string; x: string; y: string }): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

/** ES256 needs a P-256 key; anything else would only fail later, at the first sign-in. */
export function signingKeyFromPem(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('JWT signing key must be an EC P-256 private key (PEM, PKCS8) for ES256');
  }
  const publicKey = createPublicKey(privateKey);
  const exported = publicKey.export({ format: 'jwk' });
  const coordinates = { kty: 'EC', crv: 'P-256', x: String(exported.x), y: String(exported.y) };
  const kid = jwkThumbprint(coordinates);
  return {
    privateKey,
    publicKey,
    kid,
    jwk: { kty: 'EC', crv: 'P-256', x: coordinates.x, y: coordinates.y, kid, alg: TOKEN_ALGORITHM, use: 'sig' },
  };
}

export function jwksDocument(key: SigningKey): { keys: PublicJwk[] } {
  return { keys: [key.jwk] };
}

/** identity verifies its own tokens in-process: asking itself over HTTP would gain nothing. */
export function localKeySource(key: SigningKey): KeySource {
  return async (kid) => {
    if (kid !== key.kid) throw new Error(`Unknown signing key ${kid ?? '(none)'}`);
    return key.publicKey;
  };
}

export async function loadSigningKey(options: { pem?: string; dataDir: string }): Promise<SigningKey> {
  const pem = options.pem ?? (await readOrCreateKeyFile(path.join(options.dataDir, SIGNING_KEY_FILE), generateSigningKeyPem));
  return signingKeyFromPem(pem);
}
