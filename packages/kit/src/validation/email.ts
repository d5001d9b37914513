import { isAcceptableEmail, MAX_EMAIL_LENGTH } from '@eco/forms';
import type { ContactCheck, ContactCode } from './contact-check';

// The rule itself is @eco/forms' (the portal judges form emails by it too).
export { MAX_EMAIL_LENGTH };

/** The form an address is stored and looked up in: "Ivan@Mail.RU " and "ivan@mail.ru" are one mailbox here. */
export function normalizeEmail(raw: string): string {
  return raw.trim().normalize('NFC').toLowerCase();
}

/** What is wrong with the address exactly as given (spaces around it included); null if nothing. */
export function emailProblem(email: string): ContactCode | null {
  return isAcceptableEmail(email) ? null : 'INVALID_EMAIL';
}

/** Normalizes what a person typed and checks it: the one way an email enters the system. */
export function parseEmail(raw: string): ContactCheck {
  const email = normalizeEmail(raw);
  const code = emailProblem(email);
  return code ? { ok: false, code } : { ok: true, value: email };
}
