import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';

// Its own key, derived from the documents key: a leak of one job's key exposes no other job.
const CODES_KEY_INFO = 'eco-identity/one-time-codes/v1';
const CODES_KEY_SALT = 'eco-identity';
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * HMAC-SHA256 with a server key for short secrets (6-digit codes, recovery codes, device ids).
 * A slow hash would not help here — a million 6-digit codes are cheap to try either way — and
 * would let floods of wrong codes eat the CPU; without the key the hashes test nothing.
 */
export class SecretHasher {
  private readonly key: Buffer;

  constructor(rootKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', rootKey, CODES_KEY_SALT, CODES_KEY_INFO, 32));
  }

  hash(purpose: string, secret: string): string {
    return createHmac('sha256', this.key).update(`${purpose}:${secret}`).digest('base64url');
  }

  matches(stored: string, purpose: string, secret: string): boolean {
    const a = Buffer.from(stored);
    const b = Buffer.from(this.hash(purpose, secret));
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

/** Six random digits (crypto RNG), leading zeros kept. */
export function numericCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

/** "xxxxx-xxxxx": 10 characters with no look-alikes (no 0/o, 1/l/i), about 49 bits. */
export function recoveryCode(): string {
  const pick = () => RECOVERY_ALPHABET[randomInt(0, RECOVERY_ALPHABET.length)];
  const part = () => Array.from({ length: 5 }, pick).join('');
  return `${part()}-${part()}`;
}

/** What a person may type: spaces and dashes ignored, case folded. */
export function normalizeTypedCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}
