/** A bank card as typed into the payment form. */
export interface CardFields {
  number: string;
  expiry: string;
  cvc: string;
}

export type CardProblem = 'card.numberRequired' | 'card.numberInvalid' | 'card.expiryRequired' | 'card.expiryInvalid' | 'card.expired' | 'card.cvcRequired' | 'card.cvcInvalid';

export type CardProblems = Partial<Record<keyof CardFields, CardProblem>>;

export const cardDigits = (number: string) => number.replace(/[\s-]/g, '');

/** The Luhn check every card number passes (the sandbox test cards do too). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** "4000000000000002" → "4000 0000 0000 0002" (as typed, spaces in groups of four). */
export function formatCardNumber(value: string): string {
  return cardDigits(value)
    .replace(/\D/g, '')
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** The card form's problems, field by field; a card is valid through the last day of its MM/YY. */
export function validateCard(card: CardFields, now: Date): CardProblems {
  const problems: CardProblems = {};
  const digits = cardDigits(card.number);
  if (!digits) problems.number = 'card.numberRequired';
  else if (!/^\d{13,19}$/.test(digits) || !luhnValid(digits)) problems.number = 'card.numberInvalid';

  const expiry = /^(\d{2})\s*\/\s*(\d{2})$/.exec(card.expiry.trim());
  if (!card.expiry.trim()) problems.expiry = 'card.expiryRequired';
  else if (!expiry || Number(expiry[1]) < 1 || Number(expiry[1]) > 12) problems.expiry = 'card.expiryInvalid';
  else {
    const month = Number(expiry[1]);
    const year = 2000 + Number(expiry[2]);
    const monthIndex = now.getFullYear() * 12 + now.getMonth();
    if (year * 12 + (month - 1) < monthIndex) problems.expiry = 'card.expired';
  }

  if (!card.cvc) problems.cvc = 'card.cvcRequired';
  else if (!/^\d{3}$/.test(card.cvc)) problems.cvc = 'card.cvcInvalid';
  return problems;
}

/** The expiry as the API wants it, MM/YY (spaces dropped). */
export const normalizedExpiry = (expiry: string) => expiry.replace(/\s/g, '');
