import { isEmail } from 'class-validator';
import type { ContactCheck, ContactCode } from './contact-check';

/** RFC 5321: a forward path is at most 256 octets including the angle brackets. */
export const MAX_EMAIL_LENGTH = 254;

/**
 * Invisible and layout characters (controls, zero-width and bidi marks, line breaks, every
 * kind of space) have no place in an address, and they let two addresses look the same while
 * being different. validator.js lets some through (a zero-width space, a quoted "a b").
 */
const INVISIBLE_CHARACTER = /[\p{C}\p{Z}]/u;

// Syntax is validator.js's (through class-validator): it refuses empty labels ("a@b..ru"),
// dots at either end of the local part, a missing TLD, and it knows IDN domains (почта.рф).
const EMAIL_OPTIONS = { require_tld: true, allow_ip_domain: false, allow_utf8_local_part: true } as const;

/** The form an address is stored and looked up in: "Ivan@Mail.RU " and "ivan@mail.ru" are one mailbox here. */
export function normalizeEmail(raw: string): string {
  return raw.trim().normalize('NFC').toLowerCase();
}

/** What is wrong with the address exactly as given (spaces around it included); null if nothing. */
export function emailProblem(email: string): ContactCode | null {
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return 'INVALID_EMAIL';
  if (INVISIBLE_CHARACTER.test(email)) return 'INVALID_EMAIL';
  return isEmail(email, EMAIL_OPTIONS) ? null : 'INVALID_EMAIL';
}

/** Normalizes what a person typed and checks it: the one way an email enters the system. */
export function parseEmail(raw: string): ContactCheck {
  const email = normalizeEmail(raw);
  const code = emailProblem(email);
  return code ? { ok: false, code } : { ok: true, value: email };
}
