import isEmail from 'validator/lib/isEmail';

/** RFC 5321: a forward path is at most 256 octets including the angle brackets. */
export const MAX_EMAIL_LENGTH = 254;

/**
 * Invisible and layout characters (controls, zero-width and bidi marks, line breaks, every
 * kind of space) have no place in an address, and they let two addresses look the same while
 * being different. validator.js lets some through (a zero-width space, a quoted "a b").
 */
const INVISIBLE_CHARACTER = /[\p{C}\p{Z}]/u;

// Syntax is validator.js's: it refuses empty labels ("a@b..ru"), dots at either end of the local
// part, a missing TLD, and it knows IDN domains (почта.рф).
const EMAIL_OPTIONS = { require_tld: true, allow_ip_domain: false, allow_utf8_local_part: true } as const;

/** Whether the address, exactly as given, is one the system accepts (registration, contacts, forms). */
export function isAcceptableEmail(email: string): boolean {
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return false;
  if (INVISIBLE_CHARACTER.test(email)) return false;
  return isEmail(email, EMAIL_OPTIONS);
}
