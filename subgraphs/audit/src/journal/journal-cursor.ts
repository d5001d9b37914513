import { badUserInput, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@eco/kit';

/**
 * Cursors of the journal are seq-based (keyset), not offsets: new entries arrive at the top of a
 * newest-first list all the time, and an offset would then repeat entries on the next page.
 */
const PREFIX = 'seq:';

export const encodeJournalCursor = (seq: bigint): string => Buffer.from(`${PREFIX}${seq}`).toString('base64url');

export function decodeJournalCursor(cursor: string): bigint {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const digits = raw.slice(PREFIX.length);
  if (!raw.startsWith(PREFIX) || !/^[1-9][0-9]{0,18}$/.test(digits)) throw badUserInput('Invalid cursor', 'after');
  return BigInt(digits);
}

/** `first`: default and cap of the kit; negative refused. */
export function pageLimit(first: number | null | undefined): number {
  const value = first ?? DEFAULT_PAGE_SIZE;
  if (value < 0) throw badUserInput('first must not be negative', 'first');
  return Math.min(value, MAX_PAGE_SIZE);
}

/** Optional seq argument as decimal text: a positive 64-bit integer. */
export function parseSeq(value: string | null | undefined, field: string): bigint | null {
  if (value === null || value === undefined) return null;
  if (!/^[1-9][0-9]{0,18}$/.test(value)) throw badUserInput(`${field} must be a positive integer (decimal text)`, field);
  return BigInt(value);
}
