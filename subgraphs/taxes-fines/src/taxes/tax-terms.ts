import { moscowDay } from '../shared/calendar';

export interface TaxTermsInput {
  dueDate: Date;
  amountKopecks: number;
  state: 'UNPAID' | 'PAID';
}

export type TaxStatusValue = 'UNPAID' | 'PAID' | 'OVERDUE';

/** Property, transport and land taxes of individuals are due by 1 December of the following year (Tax Code 363, 397, 409). */
export const taxDueDateFor = (period: number): Date => new Date(Date.UTC(period + 1, 11, 1));

export function taxStatusAt(tax: TaxTermsInput, at: Date): TaxStatusValue {
  if (tax.state === 'UNPAID' && moscowDay(at) > tax.dueDate) return 'OVERDUE';
  return tax.state;
}

export const taxPayableAt = (tax: TaxTermsInput, at: Date): boolean => tax.state === 'UNPAID';

/** No penalties (пени) are computed here yet: what is due is the accrual itself. */
export const taxAmountDueAt = (tax: TaxTermsInput, at: Date): number => (taxPayableAt(tax, at) ? tax.amountKopecks : 0);
