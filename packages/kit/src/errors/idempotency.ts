import type { LocalizedText } from '../i18n/locale';

/**
 * Idempotency keys, the same in every subgraph that takes one (`submitApplication`,
 * `payInvoice`, …): the client picks the key, a retry with the same key and the same input gets
 * the original result, and the key with other input is refused. The codes are public contract
 * (userErrors[].code on the `idempotencyKey` field), so they live here once and cannot drift.
 */
export const IdempotencyCode = {
  /** The key was already used by this caller for a different input: nothing is done. */
  KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** The key is empty, only whitespace, or longer than MAX_IDEMPOTENCY_KEY_LENGTH. */
  KEY_INVALID: 'IDEMPOTENCY_KEY_INVALID',
} as const;

export type IdempotencyCode = (typeof IdempotencyCode)[keyof typeof IdempotencyCode];

/** Every idempotency code, for a subgraph's list of its userError codes. */
export const IDEMPOTENCY_CODES = [IdempotencyCode.KEY_INVALID, IdempotencyCode.KEY_REUSED] as const;

/** Room for a UUID, a ULID or a client's own "<order>-<attempt>" scheme. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** The input field that carries the key; the userError's `field`. */
export const IDEMPOTENCY_KEY_FIELD = 'idempotencyKey';

/** Messages for the codes; `{max}` is filled from the problem's params. */
export const IDEMPOTENCY_MESSAGES: Readonly<Record<IdempotencyCode, LocalizedText>> = {
  IDEMPOTENCY_KEY_INVALID: {
    ru: 'Ключ идемпотентности — от 1 до {max} символов, не только пробелы',
    en: 'The idempotency key must be 1 to {max} characters long and not only spaces',
  },
  IDEMPOTENCY_KEY_REUSED: {
    ru: 'Этот ключ идемпотентности уже использован для другого запроса',
    en: 'This idempotency key was already used for a different request',
  },
};

export interface IdempotencyKeyProblem {
  field: typeof IDEMPOTENCY_KEY_FIELD;
  code: typeof IdempotencyCode.KEY_INVALID;
  params: { max: number };
}

/**
 * null for a usable key, otherwise the problem to answer with (nothing may be stored then).
 * The key is opaque and compared exactly as sent: it is not trimmed or case-folded.
 */
export function idempotencyKeyProblem(key: string): IdempotencyKeyProblem | null {
  if (key.trim().length > 0 && key.length <= MAX_IDEMPOTENCY_KEY_LENGTH) return null;
  return { field: IDEMPOTENCY_KEY_FIELD, code: IdempotencyCode.KEY_INVALID, params: { max: MAX_IDEMPOTENCY_KEY_LENGTH } };
}

/** A replay's answer: the stored request's fingerprint against this one's. null means "the same request". */
export function idempotencyReuseProblem(storedRequestHash: string, requestHash: string): { field: typeof IDEMPOTENCY_KEY_FIELD; code: typeof IdempotencyCode.KEY_REUSED } | null {
  return storedRequestHash === requestHash ? null : { field: IDEMPOTENCY_KEY_FIELD, code: IdempotencyCode.KEY_REUSED };
}
