/**
 * The UIN (уникальный идентификатор начисления) of a payment to the budget: 20 or 25 digits,
 * the last a check digit (Minfin order 107n, appendix on the check digit). Pure functions.
 *
 * The check digit: digits (all but the last) weighted 1,2,…,10,1,2,… from the left, the sum
 * mod 11. A remainder of 10 is not a digit, so the sum is taken again with the weights shifted
 * by two (3,4,…,10,1,2,3,… — the order's "second sequence"); if that also leaves 10, the digit is 0.
 */
const weightsFrom = (start: number) => (index: number) => ((start - 1 + index) % 10) + 1;

function weightedRemainder(digits: string, weight: (index: number) => number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * weight(i);
  return sum % 11;
}

/** The check digit for the UIN's leading 19 (or 24) digits. */
export function uinCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error('A UIN body is digits only');
  const first = weightedRemainder(body, weightsFrom(1));
  if (first < 10) return first;
  const second = weightedRemainder(body, weightsFrom(3));
  return second < 10 ? second : 0;
}

/** 20 or 25 digits whose last digit is the check digit of the rest. */
export function isValidUin(uin: string): boolean {
  if (!/^(\d{20}|\d{25})$/.test(uin)) return false;
  return uinCheckDigit(uin.slice(0, -1)) === Number(uin[uin.length - 1]);
}

/** The administrator code of the MVD (GIBDD): every traffic-police fine's UIN begins with it. */
export const GIBDD_UIN_PREFIX = '188';

export function isGibddUin(uin: string): boolean {
  return uin.startsWith(GIBDD_UIN_PREFIX) && isValidUin(uin);
}

/** Appends the check digit (for seeds and tests). */
export function withCheckDigit(body: string): string {
  return `${body}${uinCheckDigit(body)}`;
}
