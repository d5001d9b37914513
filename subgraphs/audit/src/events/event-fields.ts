import { isUuid } from '../shared/ids';

/**
 * Field checks shared by the event readers. Anything not matching makes the event malformed:
 * it is skipped (and logged), never half-recorded.
 */
const ID_TEXT = /^[A-Za-z0-9._:-]{1,200}$/;
/** The gateway's request ids are [A-Za-z0-9._-]{8,128}; a little laxer here, never free text. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;
const TYPE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An id of a user, client or record (UUIDs, but also other producers' ids): no spaces, no free text. */
export const isIdText = (value: unknown): value is string => typeof value === 'string' && ID_TEXT.test(value);

export const isTypeName = (value: unknown): value is string => typeof value === 'string' && TYPE_NAME.test(value);

export const isUuidText = (value: unknown): value is string => typeof value === 'string' && isUuid(value);

/** `undefined` when the value is not an optional id (absent and null are `null`). */
export function optionalId(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return isIdText(value) ? value : undefined;
}

export function optionalRequestId(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' && REQUEST_ID.test(value) ? value : undefined;
}

/** A moment as ISO-8601 text; `null` if it is not one. */
export function isoMoment(value: unknown): Date | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}

export const isKopecks = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
