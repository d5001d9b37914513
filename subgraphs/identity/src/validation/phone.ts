// The "max" metadata is needed: the default (min) bundle only checks number length, so
// it cannot tell a real Russian range from an unassigned one, nor mobile from toll-free.
import { parsePhoneNumberFromString, PhoneNumber } from 'libphonenumber-js/max';
import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

/** Number types a person can be reached on; 8-800, premium-rate and the like are not personal. */
const PERSONAL_TYPES = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);

function parseRussian(value: string): PhoneNumber | null {
  // extract: false — the whole input must be a phone number, not text containing one.
  const parsed = parsePhoneNumberFromString(value, { defaultCountry: 'RU', extract: false });
  // +7 is shared with Kazakhstan, so the calling code alone is not enough; an extension
  // cannot be carried in E.164, so a number with one is refused rather than truncated.
  if (!parsed || parsed.country !== 'RU' || parsed.ext || !parsed.isValid()) return null;
  return parsed;
}

/**
 * Russian number in E.164 (`+7XXXXXXXXXX`) from the usual ways people type it
 * ("+7 (912) 345-67-89", "8 912 345 67 89", "89123456789"); null for anything that is
 * not a valid Russian number.
 */
export function normalizePhone(value: string | null | undefined): string | null {
  if (isBlank(value)) return null;
  return parseRussian(value)?.number ?? null;
}

/** A valid Russian mobile or landline number (not toll-free or other service ranges). */
export function validatePhone(value: string | null | undefined, field = 'phone'): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  const parsed = parseRussian(value);
  if (!parsed) return [problem(field, 'INVALID_PHONE')];
  const type = parsed.getType();
  return type !== undefined && PERSONAL_TYPES.has(type) ? [] : [problem(field, 'PHONE_NOT_PERSONAL')];
}
