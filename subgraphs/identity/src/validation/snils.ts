import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

// "112-233-445 95", "11223344595" and the same with spaces instead of hyphens.
const SNILS_INPUT = /^(\d{3})[- ]?(\d{3})[- ]?(\d{3})[- ]?(\d{2})$/;

// The Pension Fund computes check digits only for numbers above 001-001-998; the
// numbers up to it were issued before the rule and carry arbitrary last two digits.
const LAST_UNCHECKED_NUMBER = 1001998;

/** The 11 digits of a SNILS written in any of the usual ways, or null. */
export function normalizeSnils(value: string | null | undefined): string | null {
  if (isBlank(value)) return null;
  const match = SNILS_INPUT.exec(value.trim());
  return match ? match.slice(1).join('') : null;
}

/** Official check number: weights 9..1 over the nine digits, then reduced modulo 101 to 00..99. */
export function snilsCheckNumber(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (9 - i);
  if (sum > 101) sum %= 101;
  return sum < 100 ? sum : 0; // 100 and 101 both give 00
}

/** "112-233-445 95" from 11 digits (or from any accepted spelling). */
export function formatSnils(digits: string): string {
  const normalized = normalizeSnils(digits);
  if (!normalized) throw new RangeError('SNILS must have 11 digits');
  return `${normalized.slice(0, 3)}-${normalized.slice(3, 6)}-${normalized.slice(6, 9)} ${normalized.slice(9)}`;
}

export function validateSnils(value: string | null | undefined, field = 'snils'): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  const digits = normalizeSnils(value);
  // Number 000-000-000 is never assigned; without this it would pass as "unchecked".
  if (!digits || digits.startsWith('000000000')) return [problem(field, 'INVALID_SNILS')];
  const body = digits.slice(0, 9);
  if (Number(body) <= LAST_UNCHECKED_NUMBER) return [];
  return snilsCheckNumber(body) === Number(digits.slice(9)) ? [] : [problem(field, 'SNILS_CHECKSUM')];
}
