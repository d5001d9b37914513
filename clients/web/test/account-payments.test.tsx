import { describe, expect, it } from 'vitest';
import { formatCardNumber, luhnValid, validateCard } from '../src/pages/payments/card';
import { discountCountdown, selectedTotal } from '../src/pages/payments/discount';

const now = new Date('2026-12-03T13:00:00.000Z');

describe('validateCard', () => {
  it('accepts the sandbox cards with a future expiry and a 3-digit CVC', () => {
    expect(validateCard({ number: '4000 0000 0000 0002', expiry: '12/28', cvc: '123' }, now)).toEqual({});
    expect(validateCard({ number: '4000000000000069', expiry: '01/27', cvc: '999' }, now)).toEqual({});
  });

  it('accepts the current month and refuses the previous one', () => {
    expect(validateCard({ number: '4000000000000002', expiry: '12/26', cvc: '123' }, now).expiry).toBeUndefined();
    expect(validateCard({ number: '4000000000000002', expiry: '11/26', cvc: '123' }, now).expiry).toBe('card.expired');
  });

  it('names each field that is wrong', () => {
    expect(validateCard({ number: '', expiry: '', cvc: '' }, now)).toEqual({ number: 'card.numberRequired', expiry: 'card.expiryRequired', cvc: 'card.cvcRequired' });
    expect(validateCard({ number: '4000 0000 0000 0001', expiry: '13/27', cvc: '12' }, now)).toEqual({ number: 'card.numberInvalid', expiry: 'card.expiryInvalid', cvc: 'card.cvcInvalid' });
    expect(validateCard({ number: '4000', expiry: '1227', cvc: '1234' }, now)).toEqual({ number: 'card.numberInvalid', expiry: 'card.expiryInvalid', cvc: 'card.cvcInvalid' });
  });

  it('checks the Luhn digit and groups the number by four', () => {
    expect(luhnValid('4000000000000002')).toBe(true);
    expect(luhnValid('4000000000000003')).toBe(false);
    expect(formatCardNumber('40000000abc00000002')).toBe('4000 0000 0000 0002');
  });
});

describe('discountCountdown', () => {
  it('counts days, hours and minutes to the discount deadline', () => {
    expect(discountCountdown('2026-12-05T20:59:59.999Z', now)).toEqual({ days: 2, hours: 7, minutes: 59, urgent: false });
  });

  it('is urgent within the last day and gone after the deadline', () => {
    expect(discountCountdown('2026-12-03T20:59:59.999Z', now)).toMatchObject({ days: 0, hours: 7, urgent: true });
    expect(discountCountdown('2026-12-03T12:59:59.999Z', now)).toBeNull();
    expect(discountCountdown(null, now)).toBeNull();
  });

  it('never shows zero minutes while the discount still holds', () => {
    expect(discountCountdown('2026-12-03T13:00:30.000Z', now)).toEqual({ days: 0, hours: 0, minutes: 1, urgent: true });
  });
});

describe('selectedTotal', () => {
  it('adds what is due now for the ticked items', () => {
    const items = [
      { id: 'a', amountDue: 25000 },
      { id: 'b', amountDue: 50000 },
      { id: 'c', amountDue: 300000 },
    ];
    expect(selectedTotal(items, new Set(['a', 'c']))).toBe(325000);
    expect(selectedTotal(items, new Set())).toBe(0);
  });
});
