import { readOrCreateKeyFile } from '@eco/kit';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import path from 'node:path';

/** The public half as published at /documents/signing-keys.json (RFC 8037). */
export interface DocumentSigningJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface DocumentSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** RFC 7638 thumbprint of the public key: stable for a key, new for a new key. */
  kid: string;
  jwk: DocumentSigningJwk;
}

export const DOCUMENT_SIGNING_KEY_FILE = path.join('keys', 'document-signing-ed25519.pem');

/** RFC 7638 for an OKP key: SHA-256 over {crv, kty, x} in that order, no whitespace. */
export function okpThumbprint(jwk: { crv: string; kty: string; x: string }): string {
  return createHash('sha256').update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x })).digest('base64url');
}

export function generateDocumentSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

export function documentSigningKeyFromPem(pem: string): DocumentSigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The document signing key must be an Ed25519 private key (PEM, PKCS8)');
  const publicKey = createPublicKey(privateKey);
  const x = String(publicKey.export({ format: 'jwk' }).x);
  const kid = okpThumbprint({ crv: 'Ed25519', kty: 'OKP', x });
  return { privateKey, publicKey, kid, jwk: { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' } };
}

/** DOCUMENT_SIGNING_KEY (PEM), or a development key kept under dataDir, as identity keeps its own. */
export async function loadDocumentSigningKey(options: { pem?: string; dataDir: string }): Promise<DocumentSigningKey> {
  const pem = options.pem ?? (await readOrCreateKeyFile(path.join(options.dataDir, DOCUMENT_SIGNING_KEY_FILE), generateDocumentSigningKeyPem));
  return documentSigningKeyFromPem(pem);
}

/** The detached signature of a file: Ed25519 over the 32 bytes of its SHA-256, base64url. */
export function signDigest(key: DocumentSigningKey, sha256Hex: string): string {
  return sign(null, Buffer.from(sha256Hex, 'hex'), key.privateKey).toString('base64url');
}

/** Checks a signature against a published JWK: what anyone holding the JWKS can do too. */
export function verifyDigest(jwk: { kty: string; crv: string; x: string }, sha256Hex: string, signature: string): boolean {
  try {
    const publicKey = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
    return verify(null, Buffer.from(sha256Hex, 'hex'), publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
