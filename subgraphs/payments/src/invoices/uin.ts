import { randomInt } from 'node:crypto';

/**
 * The Treasury's УИН (unique accrual identifier): 20 or 25 digits, the last one a control digit.
 * Control digit: weights 1,2,…,10 (cyclic) over the other digits, sum mod 11; a result of 10 is
 * retried with weights 3,4,…,12 (cyclic); if that is 10 as well the digit is 0.
 * Pure functions: no clock, no database.
 */
export const UIN_LENGTHS = [20, 25] as const;

function weightedMod11(digits: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // Weights run firstWeight…firstWeight+9 and start over.
    const weight = firstWeight + (i % 10);
    sum += Number(digits[i]) * weight;
  }
  return sum % 11;
}

/** The control digit for the first 19 (or 24) digits of a UIN. */
export function uinCheckDigit(body: string): number {
  if (!/^\d+$/.test(body) || (body.length !== 19 && body.length !== 24)) {
    throw new Error('A UIN body is 19 or 24 digits');
  }
  const first = weightedMod11(body, 1);
  if (first < 10) return first;
  const second = weightedMod11(body, 3);
  return second < 10 ? second : 0;
}

export type UinProblem = 'UIN_FORMAT' | 'UIN_CHECKSUM';

/** null for a valid UIN; otherwise what is wrong with it. */
export function uinProblem(uin: string): UinProblem | null {
  if (!/^\d+$/.test(uin) || !(UIN_LENGTHS as readonly number[]).includes(uin.length)) return 'UIN_FORMAT';
  return uinCheckDigit(uin.slice(0, -1)) === Number(uin[uin.length - 1]) ? null : 'UIN_CHECKSUM';
}

export const isValidUin = (uin: string): boolean => uinProblem(uin) === null;

/**
 * A new 20-digit UIN: the payee prefix of this portal (a fixed code standing in for the
 * administrator's code), random digits, and the control digit. The invoice table's unique
 * index catches the (astronomically unlikely) repeat; the caller retries.
 */
export const PORTAL_UIN_PREFIX = '3210';

export function generateUin(random: (max: number) => number = randomInt): string {
  let body = PORTAL_UIN_PREFIX;
  while (body.length < 19) body += String(random(10));
  return body + String(uinCheckDigit(body));
}
