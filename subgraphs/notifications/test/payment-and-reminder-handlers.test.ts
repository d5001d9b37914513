import type { FeedEvent } from '@eco/kit';
import { paymentCaptured } from '../src/events/handlers/payment-captured';
import { fineDiscountEnding, taxDueSoon } from '../src/events/handlers/reminders';

const PAYER = '00000000-0000-4000-8000-000000000001';

const event = (type: string, payload: Record<string, unknown>): FeedEvent => ({
  id: '6f1c2a9e-0000-4000-8000-000000000001',
  seq: '1',
  type,
  source: 'test',
  occurredAt: '2026-11-22T10:00:00.000Z',
  subject: { type: 'X', id: 'x' },
  audience: { userIds: [PAYER], departmentIds: [] },
  payload,
});

describe('payment and reminder notifications', () => {
  it('tells the payer a payment was received, with the amount in both languages', () => {
    const [draft] = paymentCaptured.notificationsFor(event('payment.captured', { payerId: PAYER, amountKopecks: 150000, source: 'FINE' }))!;
    expect(draft.userId).toBe(PAYER);
    expect(draft.title).toEqual({ ru: 'Оплата прошла: штраф', en: 'Payment received: fine' });
    expect(draft.body.ru).toMatch(/1\s500,00\s₽/);
    expect(draft.body.en).toMatch(/1,500\.00/);
  });

  it('warns before the fine discount ends and before a tax is due, with the date', () => {
    const [fine] = fineDiscountEnding.notificationsFor(event('fine.discount_ending', { ownerId: PAYER, deadline: '2026-12-01T20:59:59.000Z', amountDue: 25000 }))!;
    expect(fine.body.ru).toContain('1 декабря 2026');
    expect(fine.body.ru).toMatch(/250,00\s₽/);
    const [tax] = taxDueSoon.notificationsFor(event('tax.due_soon', { ownerId: PAYER, deadline: '2026-12-01T00:00:00.000Z', amountDue: 120000 }))!;
    expect(tax.body.en).toContain('1 December 2026');
  });

  it('skips payloads it does not understand instead of guessing', () => {
    expect(paymentCaptured.notificationsFor(event('payment.captured', { payerId: 'not-a-uuid', amountKopecks: 1, source: 'FINE' }))).toBeNull();
    expect(paymentCaptured.notificationsFor(event('payment.captured', { payerId: PAYER, amountKopecks: 1.5, source: 'FINE' }))).toBeNull();
    expect(taxDueSoon.notificationsFor(event('tax.due_soon', { ownerId: PAYER, deadline: 'soon', amountDue: 1 }))).toBeNull();
  });
});
