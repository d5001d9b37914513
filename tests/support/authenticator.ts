import { createBase32Plugin, createCryptoPlugin } from '@otplib/core';
import { generate } from '@otplib/totp';
import { createHmac, randomBytes } from 'node:crypto';
import { base32nopad } from '@scure/base';
import { queryStackDatabase } from './database';

/*
 * What a person holds outside the system: an authenticator app on the phone, and the SMS and
 * mail that identity's sandbox operator "sends" (it keeps them in identity.sandbox_message).
 */

// otplib's umbrella package is ESM-only (noble/scure plugins); its core takes these plugins instead.
const app = {
  crypto: createCryptoPlugin({ hmac: (alg, key, data) => new Uint8Array(createHmac(alg, key).update(data).digest()), randomBytes: (n) => new Uint8Array(randomBytes(n)) }),
  base32: createBase32Plugin({ encode: (data) => base32nopad.encode(data), decode: (text) => base32nopad.decode(text.toUpperCase()) }),
};

/** The code the authenticator app shows for `secret`, now or `aheadSeconds` later. */
export const totpCode = (secret: string, aheadSeconds = 0): Promise<string> => generate({ secret, ...app, epoch: Math.floor(Date.now() / 1000) + aheadSeconds });

/** The newest six-digit code identity's sandbox operator "sent" to `recipient` for `purpose`. */
export async function sandboxCode(recipient: string, purpose: string): Promise<string> {
  const rows = await queryStackDatabase<{ text: string }>('SELECT text FROM identity.sandbox_message WHERE recipient = $1 AND purpose = $2 ORDER BY created_at DESC LIMIT 1', [recipient, purpose]);
  const match = /\b(\d{6})\b/.exec(rows[0]?.text ?? '');
  if (!match) throw new Error(`no ${purpose} code for ${recipient} in identity.sandbox_message`);
  return match[1];
}
