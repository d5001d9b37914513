import { describe, expect, it } from 'vitest';
import { luhnValid, cardDigits } from '../src/pages/payments/card';
import { invoiceCoveringExactly, openInvoicesOf, stillDue } from '../src/pages/payments/selection';
import { SANDBOX_TEST_CARDS } from '../src/pages/payments/test-cards';

const open = (id: string, sourceIds: string[]) => ({ id, status: 'UNPAID', sourceIds });
const items = [
  { id: 'f1', amountDue: 25000, invoice: open('inv-a', ['f1', 'f2']) },
  { id: 'f2', amountDue: 50000, invoice: open('inv-a', ['f1', 'f2']) },
  { id: 'f3', amountDue: 30000, invoice: { id: 'inv-old', status: 'EXPIRED', sourceIds: ['f3'] } },
  { id: 'f4', amountDue: 30000, invoice: null },
  { id: 'f5', amountDue: 10000, invoice: open('inv-b', ['f5']) },
];

describe('invoiceCoveringExactly', () => {
  it('finds the unpaid invoice of exactly the ticked items', () => {
    expect(invoiceCoveringExactly(items, new Set(['f1', 'f2']))?.id).toBe('inv-a');
    expect(invoiceCoveringExactly(items, new Set(['f5']))?.id).toBe('inv-b');
  });

  it('asks for a new invoice when the ticked items are not one open invoice', () => {
    expect(invoiceCoveringExactly(items, new Set(['f1']))).toBeNull();
    expect(invoiceCoveringExactly(items, new Set(['f1', 'f2', 'f4']))).toBeNull();
    expect(invoiceCoveringExactly(items, new Set(['f3']))).toBeNull();
    expect(invoiceCoveringExactly(items, new Set(['f4']))).toBeNull();
    expect(invoiceCoveringExactly(items, new Set(['f1', 'gone']))).toBeNull();
    expect(invoiceCoveringExactly(items, new Set())).toBeNull();
  });
});

describe('openInvoicesOf', () => {
  it('lists each unpaid invoice once, never an expired one', () => {
    expect(openInvoicesOf(items).map((invoice) => invoice.id)).toEqual(['inv-a', 'inv-b']);
  });
});

describe('stillDue', () => {
  it('drops what a captured payment covered', () => {
    expect(stillDue(items, new Set(['f1', 'f2'])).map((item) => item.id)).toEqual(['f3', 'f4', 'f5']);
  });
});

describe('the sandbox test cards', () => {
  it('pass the card form’s own Luhn check, so each can be tried', () => {
    for (const card of SANDBOX_TEST_CARDS) expect(luhnValid(cardDigits(card.number))).toBe(true);
  });
});
