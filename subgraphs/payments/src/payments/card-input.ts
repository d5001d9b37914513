import { cardBrand } from '../acquiring/sandbox-acquirer';
import { problem, type PaymentsProblem } from '../shared/problems';

export interface CardInputLike {
  testCardNumber: string;
  expiry: string;
  cvc: string;
}

export interface CheckedCard {
  number: string;
  expiry: string;
  cvc: string;
  last4: string;
  brand: string;
}

/** Shape checks of card details before they go to the acquirer (who decides on the money). */
export function checkCard(card: CardInputLike, now: Date): { card: CheckedCard | null; problems: PaymentsProblem[] } {
  const problems: PaymentsProblem[] = [];
  const number = card.testCardNumber.replace(/[\s-]/g, '');
  if (!/^\d{16,19}$/.test(number)) problems.push(problem('card.testCardNumber', 'CARD_NUMBER_INVALID'));
  const expiry = /^(\d{2})\/(\d{2})$/.exec(card.expiry.trim());
  const month = expiry ? Number(expiry[1]) : 0;
  if (!expiry || month < 1 || month > 12) problems.push(problem('card.expiry', 'CARD_EXPIRY_INVALID'));
  else {
    // A card is valid through the last day of its expiry month (UTC).
    const endOfMonth = Date.UTC(2000 + Number(expiry[2]), month, 1);
    if (endOfMonth <= now.getTime()) problems.push(problem('card.expiry', 'CARD_EXPIRED'));
  }
  if (!/^\d{3}$/.test(card.cvc)) problems.push(problem('card.cvc', 'CARD_CVC_INVALID'));
  if (problems.length) return { card: null, problems };
  return { card: { number, expiry: card.expiry.trim(), cvc: card.cvc, last4: number.slice(-4), brand: cardBrand(number) }, problems };
}
