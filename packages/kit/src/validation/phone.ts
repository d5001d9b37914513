// The "max" metadata is needed: the default (min) bundle only checks number length, so
// it cannot tell a real Russian range from an unassigned one, nor mobile from toll-free.
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import type { ContactCheck } from './contact-check';

/** Generous for "+7 (912) 345-67-89"-style spellings; anything longer is not a phone number. */
const MAX_PHONE_INPUT_LENGTH = 40;

/** Controls, zero-width marks and line breaks; spaces stay, people group digits with them. */
const CONTROL_CHARACTER = /[\p{C}\p{Zl}\p{Zp}]/u;

/** Number types a person can be reached on; 8-800, premium-rate and the like are not personal. */
const PERSONAL_TYPES: ReadonlySet<string> = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);

function parseRussian(raw: string): PhoneNumber | null {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_PHONE_INPUT_LENGTH || CONTROL_CHARACTER.test(value)) return null;
  // extract: false — the whole input must be a phone number, not text containing one.
  const parsed = parsePhoneNumberFromString(value, { defaultCountry: 'RU', extract: false });
  // +7 is shared with Kazakhstan, so the calling code alone is not enough; an extension
  // cannot be carried in E.164, so a number with one is refused rather than truncated.
  if (!parsed || parsed.country !== 'RU' || parsed.ext || !parsed.isValid()) return null;
  return parsed;
}

/**
 * Any valid Russian number in E.164 (`+7XXXXXXXXXX`) from the usual ways people type it
 * ("+7 (912) 345-67-89", "8 912 345 67 89", "89123456789"); null otherwise. For look-ups;
 * a number someone gives as their own goes through parsePhone.
 */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  return parseRussian(raw)?.number ?? null;
}

/** A Russian mobile or landline number a person can be reached on, as E.164: the one way a phone enters the system. */
export function parsePhone(raw: string): ContactCheck {
  const parsed = parseRussian(raw);
  if (!parsed) return { ok: false, code: 'INVALID_PHONE' };
  const type = parsed.getType();
  return type !== undefined && PERSONAL_TYPES.has(type) ? { ok: true, value: parsed.number } : { ok: false, code: 'PHONE_NOT_PERSONAL' };
}
