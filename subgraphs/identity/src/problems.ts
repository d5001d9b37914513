import type { Problem } from '@eco/kit';
import type { ValidationCode } from './validation';

/** Codes of identity's business rules, beside the validators' own codes. */
export const IDENTITY_CODES = [
  'EMAIL_TAKEN',
  'PHONE_TAKEN',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'INVALID_REFRESH_TOKEN',
  'REFRESH_TOKEN_REUSED',
  'SNILS_TAKEN',
  'INN_TAKEN',
] as const;

export type IdentityCode = (typeof IDENTITY_CODES)[number];

/** An expected failure as the services report it: no language, no GraphQL. */
export interface IdentityProblem extends Problem {
  code: IdentityCode | ValidationCode;
  /** For ACCOUNT_LOCKED: when sign-in becomes possible again. */
  unlockAt?: Date;
}

export function identityProblem(field: string | null, code: IdentityCode, extra: { unlockAt?: Date } = {}): IdentityProblem {
  return { field, code, ...extra };
}

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: IdentityProblem[] };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T>(problems: IdentityProblem[]): Outcome<T> => ({ ok: false, problems });
