import { addDays, moscowDay, moscowDayLastInstant } from '../shared/calendar';
import { isExcludedFromDiscount } from './koap';

/** What the terms of a fine depend on (a stored row has all of it). */
export interface FineTermsInput {
  article: string;
  part: string | null;
  decisionDate: Date;
  paymentDueDate: Date;
  amountKopecks: number;
  state: 'UNPAID' | 'PAID' | 'APPEALED' | 'CANCELLED';
}

export type FineStatusValue = 'UNPAID' | 'PAID' | 'OVERDUE' | 'APPEALED' | 'CANCELLED';

/** KoAP 32.2 part 1.3: half the fine if paid no later than 20 days from the decision. */
export const DISCOUNT_DAYS = 20;
/** KoAP 32.2 part 1: 60 days from the decision's entry into force. */
export const PAYMENT_DAYS = 60;

/** The payment due date a new fine gets. */
export const paymentDueDateFor = (entryIntoForceDate: Date): Date => addDays(entryIntoForceDate, PAYMENT_DAYS);

/** The last calendar day (Moscow) on which the discount holds: the decision date + 20 (day 20 inclusive). */
export const discountLastDay = (fine: Pick<FineTermsInput, 'decisionDate'>): Date => addDays(fine.decisionDate, DISCOUNT_DAYS);

/** The last moment of the discount (23:59:59.999 MSK on day 20); null for excluded articles. */
export function discountDeadline(fine: FineTermsInput): Date | null {
  return isExcludedFromDiscount(fine) ? null : moscowDayLastInstant(discountLastDay(fine));
}

/** OVERDUE is computed, never stored: an UNPAID fine whose last payment day (Moscow) has passed. */
export function fineStatusAt(fine: FineTermsInput, at: Date): FineStatusValue {
  if (fine.state === 'UNPAID' && moscowDay(at) > fine.paymentDueDate) return 'OVERDUE';
  return fine.state;
}

/** Can be paid now (put on an invoice): UNPAID or OVERDUE. Appealed fines wait for the decision. */
export function finePayableAt(fine: FineTermsInput, at: Date): boolean {
  const status = fineStatusAt(fine, at);
  return status === 'UNPAID' || status === 'OVERDUE';
}

export function discountAppliesAt(fine: FineTermsInput, at: Date): boolean {
  return finePayableAt(fine, at) && !isExcludedFromDiscount(fine) && moscowDay(at) <= discountLastDay(fine);
}

/** Half, rounded up to the kopeck (the citizen never pays less than half). */
export const discounted = (amountKopecks: number): number => Math.ceil(amountKopecks / 2);

/** What is payable at `at`, in kopecks: 0 when the fine cannot be paid. */
export function fineAmountDueAt(fine: FineTermsInput, at: Date): number {
  if (!finePayableAt(fine, at)) return 0;
  return discountAppliesAt(fine, at) ? discounted(fine.amountKopecks) : fine.amountKopecks;
}
