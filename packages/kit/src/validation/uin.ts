import { randomInt } from 'node:crypto';

/**
 * The УИН (уникальный идентификатор начисления) of a payment to the budget: 20 or 25 digits,
 * the last a check digit, computed the Treasury's way (Minfin order 107n, the appendix on the
 * check digit):
 * - the other digits weighted 1,2,…,10,1,2,… from the left, the sum taken mod 11;
 * - a remainder of 10 is not a digit, so the sum is taken again with the weights shifted by two
 *   within the same 1…10 cycle (3,4,…,10,1,2,3,…), mod 11;
 * - if that is 10 as well, the check digit is 0.
 * The department that issues an accrual computes the digit and every payer's bank checks it,
 * so one implementation serves both sides here. Pure functions apart from generateUin's random.
 */
export const UIN_LENGTHS = [20, 25] as const;

export type UinProblem = 'UIN_FORMAT' | 'UIN_CHECKSUM';

/** Weight of the digit at `index` when the cycle 1…10 starts at `first`. */
const weight = (first: number, index: number) => ((first - 1 + index) % 10) + 1;

function weightedRemainder(digits: string, first: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * weight(first, i);
  return sum % 11;
}

/** The check digit for a UIN's leading 19 (or 24) digits. */
export function uinCheckDigit(body: string): number {
  if (!/^(\d{19}|\d{24})$/.test(body)) throw new RangeError('A UIN body is 19 or 24 digits');
  const first = weightedRemainder(body, 1);
  if (first < 10) return first;
  const second = weightedRemainder(body, 3);
  return second < 10 ? second : 0;
}

/** null for a valid UIN; otherwise what is wrong with it. */
export function uinProblem(uin: string): UinProblem | null {
  if (!/^(\d{20}|\d{25})$/.test(uin)) return 'UIN_FORMAT';
  return uinCheckDigit(uin.slice(0, -1)) === Number(uin[uin.length - 1]) ? null : 'UIN_CHECKSUM';
}

export const isValidUin = (uin: string): boolean => uinProblem(uin) === null;

/** A whole UIN from its leading 19 (or 24) digits. */
export function withCheckDigit(body: string): string {
  return `${body}${uinCheckDigit(body)}`;
}

/**
 * A new random 20-digit UIN under an administrator's prefix. Random, not sequential, so a
 * UIN reveals nothing about how many accruals there are; the caller's unique index catches
 * the (astronomically unlikely) repeat and retries.
 */
export function generateUin(prefix: string, random: (max: number) => number = randomInt): string {
  if (!/^\d{0,18}$/.test(prefix)) throw new RangeError('A UIN prefix is at most 18 digits');
  let body = prefix;
  while (body.length < 19) body += String(random(10));
  return withCheckDigit(body);
}
