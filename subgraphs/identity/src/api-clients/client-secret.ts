import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyType } from '@eco/kit';

/** 32 random bytes (256 bits), base64url: far beyond guessing, so a fast hash is enough to store it. */
const SECRET_BYTES = 32;

/** `eco_test_…` / `eco_live_…`: the prefix lets secret scanners and people tell the kind at a glance. */
export function newClientSecret(keyType: ApiKeyType): string {
  return `eco_${keyType.toLowerCase()}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

/** The public client id: not a secret, but unguessable so it does not enumerate applications. */
export function newClientId(): string {
  return `eco_ci_${randomBytes(12).toString('hex')}`;
}

/** SHA-256 (hex) of a secret: the only form it is stored in. */
export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashClientSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
