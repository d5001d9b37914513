import { createBase32Plugin, createCryptoPlugin, type HashAlgorithm } from '@otplib/core';
import { generate, verify } from '@otplib/totp';
import { generateTOTP } from '@otplib/uri';
import { createHmac, randomBytes } from 'node:crypto';

export const TOTP_ISSUER = 'Госуслуги';
export const TOTP_PERIOD_SECONDS = 30;
const SECRET_BYTES = 20;

// otplib's umbrella package brings ESM-only noble/scure plugins that Jest on Node 20 cannot load;
// its core takes plugins, so HMAC comes from node:crypto and base32 from the few lines below.
const nodeCrypto = createCryptoPlugin({
  name: 'node-crypto',
  hmac: (algorithm: HashAlgorithm, key: Uint8Array, data: Uint8Array) => new Uint8Array(createHmac(algorithm, key).update(data).digest()),
  randomBytes: (length: number) => new Uint8Array(randomBytes(length)),
});

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, unpadded: how authenticator apps expect the secret. */
export function base32Encode(data: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/=+$/, '').replace(/\s/g, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error('Invalid base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

const base32 = createBase32Plugin({ name: 'rfc4648', encode: base32Encode, decode: base32Decode });

/** 160 random bits, base32: RFC 4226's recommended secret length. */
export function newTotpSecret(): string {
  return base32Encode(new Uint8Array(randomBytes(SECRET_BYTES)));
}

export function totpUri(secret: string, accountLabel: string): string {
  return generateTOTP({ issuer: TOTP_ISSUER, label: accountLabel, secret });
}

/**
 * The time step the code belongs to, if it is valid now or one step either side (phone clocks
 * drift), and newer than `afterStep`: a code once accepted is refused for the rest of its window.
 */
export async function acceptedTotpStep(secret: string, code: string, now: Date, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    crypto: nodeCrypto,
    base32,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  }).catch(() => ({ valid: false as const }));
  return result.valid && 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : null;
}

/** The code an authenticator app shows at `now` (tests and the sandbox README use it). */
export async function totpCodeAt(secret: string, now: Date): Promise<string> {
  return generate({ secret, crypto: nodeCrypto, base32, epoch: Math.floor(now.getTime() / 1000) });
}
