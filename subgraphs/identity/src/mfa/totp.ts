import { createBase32Plugin, createCryptoPlugin, type HashAlgorithm } from '@otplib/core';
import { generate, verify } from '@otplib/totp';
import { generateTOTP } from '@otplib/uri';
import { createHmac, randomBytes } from 'node:crypto';
import { base32nopad } from '@scure/base';

export const TOTP_ISSUER = 'Госуслуги';
export const TOTP_PERIOD_SECONDS = 30;
const SECRET_BYTES = 20;

// otplib's umbrella package brings ESM-only noble/scure plugins that Jest on Node 20 cannot load;
// its core takes plugins, so HMAC comes from node:crypto and base32 from @scure/base (CommonJS too).
const nodeCrypto = createCryptoPlugin({
  name: 'node-crypto',
  hmac: (algorithm: HashAlgorithm, key: Uint8Array, data: Uint8Array) => new Uint8Array(createHmac(algorithm, key).update(data).digest()),
  randomBytes: (length: number) => new Uint8Array(randomBytes(length)),
});

/** RFC 4648 base32, unpadded: how authenticator apps expect the secret. */
export const base32Encode = (data: Uint8Array): string => base32nopad.encode(data);

/** Lenient as people type: lower case, spaces and padding are accepted; a foreign letter throws. */
export const base32Decode = (text: string): Uint8Array => base32nopad.decode(text.toUpperCase().replace(/\s|=+$/g, ''));

const base32 = createBase32Plugin({ name: 'scure-base32', encode: base32Encode, decode: base32Decode });

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
