import { fineDiscountEnding, paymentCaptured, taxDueSoon } from '@eco/kit';
import { paymentCapturedHandler } from '../src/events/handlers/payment-captured';
import { fineDiscountEndingHandler, taxDueSoonHandler } from '../src/events/handlers/reminders';
import { eventOf } from './support/events';

const PAYER = '00000000-0000-4000-8000-000000000001';
const ID = '6f1c2a9e-0000-4000-8000-000000000001';

describe('payment and reminder notifications', () => {
  it('tells the payer a payment was received, with the amount in both languages', () => {
    const payload = {
      paymentId: ID,
      invoiceId: ID,
      source: 'FINE' as const,
      sourceIds: [ID],
      payerId: PAYER,
      amountKopecks: 150000,
      capturedAt: '2026-11-22T10:00:00.000Z',
      sandbox: false,
      actorId: PAYER,
      requestId: null,
    };
    const [draft] = paymentCapturedHandler.notificationsFor(payload, eventOf(paymentCaptured, payload, { subject: { type: 'Payment', id: ID } }));
    expect(draft.userId).toBe(PAYER);
    expect(draft.title).toEqual({ ru: 'Оплата прошла: штраф', en: 'Payment received: fine' });
    expect(draft.body.ru).toMatch(/1\s500,00\s₽/);
    expect(draft.body.en).toMatch(/1,500\.00/);
  });

  it('warns before the fine discount ends and before a tax is due, with the date', () => {
    const discount = { fineId: ID, ownerId: PAYER, deadline: '2026-12-01T20:59:59.000Z', lastDay: '2026-12-01', amountDue: 25000, sandbox: false };
    const [fine] = fineDiscountEndingHandler.notificationsFor(discount, eventOf(fineDiscountEnding, discount, { subject: { type: 'Fine', id: ID } }));
    expect(fine.body.ru).toContain('1 декабря 2026');
    expect(fine.body.ru).toMatch(/250,00\s₽/);
    const due = { taxId: ID, ownerId: PAYER, deadline: '2026-12-01T00:00:00.000Z', dueDate: '2026-12-01', daysBefore: 7 as const, amountDue: 120000, sandbox: false };
    const [tax] = taxDueSoonHandler.notificationsFor(due, eventOf(taxDueSoon, due, { subject: { type: 'TaxAccrual', id: ID } }));
    expect(tax.body.en).toContain('1 December 2026');
  });
});
