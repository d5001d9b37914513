import { outcomeHelpers, type Outcome as KitOutcome, type Problem } from '@eco/kit';
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
  'CHILD_NOT_MINOR',
  'CHILD_ALREADY_ADDED',
  'CHILD_NOT_FOUND',
  'API_CLIENT_NAME_INVALID',
  'API_SCOPES_REQUIRED',
  'UNKNOWN_API_SCOPE',
  'SCOPE_REQUIRES_LIVE_KEY',
  'SCOPE_REQUIRES_ORGANIZATION',
  'LIVE_KEY_REQUIRES_CONFIRMED_EMAIL',
  'API_CLIENT_LIMIT_REACHED',
  'API_CLIENT_NOT_FOUND',
  'API_CLIENT_REVOKED',
  // Identity hardening: email confirmation, password reset, sessions, second factor.
  'EMAIL_ALREADY_CONFIRMED',
  'EMAIL_REQUIRED',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'CODE_TOO_MANY_ATTEMPTS',
  'SESSION_NOT_FOUND',
  'DEVICE_ID_INVALID',
  'MFA_CHALLENGE_NOT_FOUND',
  'MFA_METHOD_UNAVAILABLE',
  'MFA_CODE_INVALID',
  'MFA_CODE_EXPIRED',
  'MFA_TOO_MANY_ATTEMPTS',
  'MFA_NOT_ENABLED',
  'TOTP_ALREADY_ENABLED',
  'TOTP_NOT_STARTED',
  'SMS_MFA_ALREADY_ENABLED',
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
export type Outcome<T> = KitOutcome<T, IdentityProblem>;
export const { success, failure } = outcomeHelpers<IdentityProblem>();
