import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

export type InnKind = 'PERSON' | 'ORGANIZATION' | 'ANY';

export interface InnOptions {
  kind?: InnKind;
}

// FNS weights for the check digits: one set for organizations, two for persons.
const ORGANIZATION_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const PERSON_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const PERSON_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: string, weights: readonly number[]): number {
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return (sum % 11) % 10;
}

function checksumMatches(digits: string): boolean {
  if (digits.length === 10) return checkDigit(digits, ORGANIZATION_WEIGHTS) === Number(digits[9]);
  return (
    checkDigit(digits, PERSON_WEIGHTS_11) === Number(digits[10]) &&
    checkDigit(digits, PERSON_WEIGHTS_12) === Number(digits[11])
  );
}

/**
 * 10 digits (organization) or 12 digits (person) with valid FNS check digits. The
 * first two digits are the tax-office region, and there is no region 00 — without that
 * rule the all-zero INN would pass, since its check digits are zero too.
 */
export function validateInn(
  value: string | null | undefined,
  field = 'inn',
  options: InnOptions = {},
): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  const digits = value.trim();
  if (!/^(\d{10}|\d{12})$/.test(digits) || digits.startsWith('00')) return [problem(field, 'INVALID_INN')];
  const kind = options.kind ?? 'ANY';
  if ((kind === 'PERSON' && digits.length !== 12) || (kind === 'ORGANIZATION' && digits.length !== 10)) {
    return [problem(field, 'INN_WRONG_KIND')];
  }
  return checksumMatches(digits) ? [] : [problem(field, 'INN_CHECKSUM')];
}

/** True for any INN (person or organization) that passes format and checksum. */
export function isValidInn(value: string | null | undefined): boolean {
  return validateInn(value).length === 0;
}
