import { needsMfa, type LoginResult, type SignedIn } from '../../src/auth/auth.service';
import type { Outcome } from '../../src/problems';
import { generateSigningKeyPem, signingKeyFromPem } from '../../src/keys/signing-key';
import { randomBytes } from 'node:crypto';
import type { IdentityKeys } from '../../src/keys/identity-keys';
import { createIdentityServices, type IdentityServices } from '../../src/services';
import type { TestDatabase } from './test-database';

/** A clock the test moves by hand (lockouts, expiry). */
export class TestClock {
  constructor(private current = new Date('2025-06-15T09:00:00Z')) {}

  readonly now = (): Date => new Date(this.current);

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  set(date: Date): void {
    this.current = new Date(date);
  }
}

export const MINUTE = 60 * 1000;
export const DAY = 24 * 60 * MINUTE;

export function testKeys(): IdentityKeys {
  return { signing: signingKeyFromPem(generateSigningKeyPem()), documents: randomBytes(32) };
}

export function testServices(db: TestDatabase, clock = new TestClock(), keys = testKeys()): IdentityServices {
  return createIdentityServices(db.prisma, { keys, now: clock.now, dbSchema: db.schema });
}

export const STRONG_PASSWORD = 'Strong-Pass1!';

let counter = 0;

/** Valid registration data with an email and phone no other test uses. */
export function registration(overrides: Record<string, string | null> = {}) {
  counter += 1;
  const suffix = String(Date.now() % 1_000_000 + counter * 7).padStart(7, '0').slice(-7);
  return {
    lastName: 'Иванов',
    firstName: 'Иван',
    middleName: 'Иванович',
    birthDate: '1990-05-20',
    email: `user${suffix}@mail.ru`,
    phone: `+7912${suffix}`,
    password: STRONG_PASSWORD,
    ...overrides,
  };
}

/** The tokens of a login that needed no second factor; fails the test otherwise. */
export function signedIn(outcome: Outcome<LoginResult>): SignedIn {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  if (needsMfa(outcome.value)) throw new Error('unexpected MFA challenge');
  return outcome.value;
}
