import { isUuid } from '../shared/ids';

/**
 * What the journal demands of the values it indexes, beyond the contracts (which check types, not
 * shapes): an id is never free text, so a name cannot slip in as an actor or subject.
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

export const isRequestId = (value: unknown): value is string => typeof value === 'string' && REQUEST_ID.test(value);

/** A moment as ISO-8601 text; `null` if it is not one. */
export function isoMoment(value: unknown): Date | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}
