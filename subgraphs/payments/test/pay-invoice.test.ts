import { EventPayloadError, MAX_IDEMPOTENCY_KEY_LENGTH, paymentCaptured, testViewer as viewer } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { SANDBOX_CARDS } from '../src/acquiring/sandbox-acquirer';
import { execute } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const PAY = /* GraphQL */ `
  mutation Pay($input: PayInvoiceInput!) {
    payInvoice(input: $input) {
      payment { id status failureCode failureMessage cardLast4 cardBrand amountKopecks receipt { number uin amountKopecks purpose } invoice { id status } }
      userErrors { field code message }
    }
  }
`;

const card = (number: string) => ({ testCardNumber: number, expiry: '12/30', cvc: '123' });

describe('payInvoice', () => {
  let db: TestDatabase;
  const payerId = randomUUID();
  const payer = viewer(payerId);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  const pay = (input: Record<string, unknown>, who = payer) => execute(db.services, PAY, { viewer: who, variables: { input } });
  /** An UNPAID fine invoice of the payer's, written straight to the table with these fields. */
  const fineInvoice = (fields: { sandbox?: boolean; sourceIds?: string[] }) =>
    db.services.invoices.insert({
      payerId,
      purposeRu: 'Оплата штрафа',
      purposeEn: 'Payment of a fine',
      amountKopecks: 50_000,
      source: 'FINE',
      sourceIds: [randomUUID()],
      dueDate: new Date(db.clock.current.getTime() + 86_400_000),
      ...fields,
    });

  it('captures with the success card, marks the invoice PAID, keeps only last 4 + brand, and gives a receipt', async () => {
    const invoice = await db.invoice(payerId, 150_000);
    const result = await pay({ invoiceId: invoice.id, method: 'CARD', idempotencyKey: 'k-success', card: card('4000 0000 0000 0002') });
    expect(result.errors).toBeUndefined();
    const payment = result.data?.payInvoice.payment;
    expect(payment).toMatchObject({ status: 'CAPTURED', failureCode: null, cardLast4: '0002', cardBrand: 'VISA', amountKopecks: 150_000 });
    expect(payment.invoice.status).toBe('PAID');
    expect(payment.receipt).toMatchObject({ uin: invoice.uin, amountKopecks: 150_000, purpose: 'Оплата штрафа' });
    expect(payment.receipt.number).toMatch(/^2026-\d{8}$/);
    // No card number, expiry or CVC anywhere in the stored row.
    const { rows } = await db.pool.query(`SELECT * FROM "${db.schema}"."payment" WHERE id = $1`, [payment.id]);
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain('4000000000000002');
    expect(stored).not.toContain('12/30');
    expect(stored).not.toContain('"123"');
  });

  it.each([
    [SANDBOX_CARDS.DECLINED, 'CARD_DECLINED'],
    [SANDBOX_CARDS.INSUFFICIENT_FUNDS, 'INSUFFICIENT_FUNDS'],
    [SANDBOX_CARDS.PROVIDER_ERROR, 'PROVIDER_ERROR'],
  ])('card %s fails with %s and leaves the invoice UNPAID', async (number, code) => {
    const invoice = await db.invoice(payerId);
    const result = await pay({ invoiceId: invoice.id, method: 'CARD', idempotencyKey: `k-${code}`, card: card(number) });
    expect(result.data?.payInvoice.userErrors).toEqual([]);
    expect(result.data?.payInvoice.payment).toMatchObject({ status: 'FAILED', failureCode: code, invoice: { status: 'UNPAID' } });
    expect(result.data?.payInvoice.payment.failureMessage).toBeTruthy();
    expect(await db.count('outbox_event', 'subject_id = $1', [result.data?.payInvoice.payment.id])).toBe(0);
    // The invoice can still be paid with another key.
    const retry = await pay({ invoiceId: invoice.id, method: 'CARD', idempotencyKey: `k-${code}-retry`, card: card(SANDBOX_CARDS.SUCCESS) });
    expect(retry.data?.payInvoice.payment.status).toBe('CAPTURED');
  });

  it('SBP and WALLET succeed, except amounts ending in 13 kopecks', async () => {
    const ok = await pay({ invoiceId: (await db.invoice(payerId, 50_000)).id, method: 'SBP', idempotencyKey: 'k-sbp' });
    expect(ok.data?.payInvoice.payment.status).toBe('CAPTURED');
    const declined = await pay({ invoiceId: (await db.invoice(payerId, 50_013)).id, method: 'WALLET', idempotencyKey: 'k-wallet-13' });
    expect(declined.data?.payInvoice.payment).toMatchObject({ status: 'FAILED', failureCode: 'CARD_DECLINED' });
  });

  it('refuses a paid invoice with INVOICE_NOT_PAYABLE, and bad card details with coded errors, storing nothing', async () => {
    const invoice = await db.invoice(payerId);
    await pay({ invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-first' });
    const before = await db.count('payment');
    const again = await pay({ invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-second' });
    expect(again.data?.payInvoice).toMatchObject({ payment: null, userErrors: [{ field: 'invoiceId', code: 'INVOICE_NOT_PAYABLE' }] });
    const bad = await pay({ invoiceId: (await db.invoice(payerId)).id, method: 'CARD', idempotencyKey: 'k-bad', card: { testCardNumber: '12', expiry: '01/20', cvc: '1' } });
    expect(bad.data?.payInvoice.userErrors.map((e: { code: string }) => e.code).sort()).toEqual(['CARD_CVC_INVALID', 'CARD_EXPIRED', 'CARD_NUMBER_INVALID']);
    const noCard = await pay({ invoiceId: (await db.invoice(payerId)).id, method: 'CARD', idempotencyKey: 'k-nocard' });
    expect(noCard.data?.payInvoice.userErrors[0].code).toBe('CARD_REQUIRED');
    expect(await db.count('payment')).toBe(before);
  });

  it("refuses someone else's invoice as not found", async () => {
    const invoice = await db.invoice(randomUUID());
    const result = await pay({ invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-foreign' });
    expect(result.data?.payInvoice.userErrors[0].code).toBe('INVOICE_NOT_FOUND');
  });

  it('expires an overdue invoice instead of paying it', async () => {
    const invoice = await db.invoice(payerId);
    db.clock.current = new Date(db.clock.current.getTime() + 30 * 86_400_000);
    try {
      const result = await pay({ invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-overdue' });
      expect(result.data?.payInvoice.userErrors[0]).toMatchObject({ code: 'INVOICE_NOT_PAYABLE' });
      expect((await db.services.invoices.byIds([invoice.id]))[0]?.status).toBe('EXPIRED');
    } finally {
      db.clock.current = new Date('2026-03-10T09:00:00Z');
    }
  });

  it('same key + same request → the original payment; same key + another request → IDEMPOTENCY_KEY_REUSED', async () => {
    const invoice = await db.invoice(payerId);
    const input = { invoiceId: invoice.id, method: 'CARD', idempotencyKey: 'k-replay', card: card(SANDBOX_CARDS.SUCCESS) };
    const first = await pay(input);
    const second = await pay(input);
    expect(second.data).toEqual(first.data);
    const other = await pay({ ...input, method: 'SBP', card: null });
    expect(other.data?.payInvoice).toMatchObject({ payment: null, userErrors: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }] });
    const otherInvoice = await pay({ ...input, invoiceId: (await db.invoice(payerId)).id });
    expect(otherInvoice.data?.payInvoice.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
    // A declined payment is replayed as declined, too (a new attempt needs a new key).
    const declinedInput = { invoiceId: (await db.invoice(payerId)).id, method: 'CARD', idempotencyKey: 'k-declined-replay', card: card(SANDBOX_CARDS.DECLINED) };
    const d1 = await pay(declinedInput);
    expect(await pay(declinedInput)).toEqual(d1);
  });

  it('an empty, blank or overlong key → IDEMPOTENCY_KEY_INVALID, and nothing is stored', async () => {
    const invoice = await db.invoice(payerId);
    for (const idempotencyKey of ['', '   ', 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1)]) {
      const result = await pay({ invoiceId: invoice.id, method: 'SBP', idempotencyKey });
      expect(result.data?.payInvoice).toMatchObject({ payment: null, userErrors: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_INVALID' }] });
    }
    expect(await db.count('payment', 'invoice_id = $1', [invoice.id])).toBe(0);
  });

  it('20 concurrent calls with one key → one payment, one capture, one event, the same answer', async () => {
    const invoice = await db.invoice(payerId, 77_700);
    const capturesBefore = db.acquirer.calls.capture;
    const authorizationsBefore = db.acquirer.calls.authorize;
    const input = { invoiceId: invoice.id, method: 'CARD', idempotencyKey: 'k-concurrent', card: card(SANDBOX_CARDS.SUCCESS) };
    const results = await Promise.all(Array.from({ length: 20 }, () => pay(input)));
    for (const result of results) expect(result.errors).toBeUndefined();
    const answers = new Set(results.map((result) => JSON.stringify(result.data)));
    expect(answers.size).toBe(1);
    expect(results[0].data?.payInvoice.payment.status).toBe('CAPTURED');
    expect(await db.count('payment', 'invoice_id = $1', [invoice.id])).toBe(1);
    expect(db.acquirer.calls.capture - capturesBefore).toBe(1);
    expect(db.acquirer.calls.authorize - authorizationsBefore).toBe(1);
    expect(await db.count('outbox_event', `subject_id = $1`, [results[0].data?.payInvoice.payment.id])).toBe(1);
  });

  it('concurrent payments of one invoice with different keys capture once; the others are cancelled', async () => {
    const invoice = await db.invoice(payerId, 10_000);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => pay({ invoiceId: invoice.id, method: 'SBP', idempotencyKey: `k-race-${i}` })),
    );
    const statuses = results.map((r) => r.data?.payInvoice.payment?.status ?? r.data?.payInvoice.userErrors[0]?.code);
    expect(statuses.filter((s) => s === 'CAPTURED')).toHaveLength(1);
    expect(await db.count('payment', `invoice_id = $1 AND status = 'CAPTURED'`, [invoice.id])).toBe(1);
    expect(await db.count('outbox_event', `payload->>'invoiceId' = $1`, [invoice.id])).toBe(1);
  });

  it('flags a sandbox (test) citizen\'s payment sandbox on payment.captured, so only TEST keys\' webhooks get it', async () => {
    const invoice = await fineInvoice({ sandbox: true });
    const result = await pay({ invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-sandbox' });
    expect(result.data?.payInvoice.userErrors).toEqual([]);
    const { rows } = await db.pool.query(`SELECT payload FROM "${db.schema}"."outbox_event" WHERE payload->>'invoiceId' = $1`, [invoice.id]);
    expect(rows.map((row) => row.payload.sandbox)).toEqual([true]);
  });

  it('writes the payment.captured outbox row in the capture transaction, with the contract payload', async () => {
    const invoice = await db.invoice(payerId, 12_345, 'TAX');
    const result = await pay({ invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-outbox' });
    const payment = result.data?.payInvoice.payment;
    const { rows } = await db.pool.query(`SELECT * FROM "${db.schema}"."outbox_event" WHERE subject_id = $1`, [payment.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].type).toBe(paymentCaptured.name);
    expect(rows[0].audience).toEqual({ userIds: [payerId], departmentIds: [] });
    const stored = await db.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(rows[0].payload).toEqual({
      paymentId: payment.id,
      invoiceId: invoice.id,
      source: 'TAX',
      sourceIds: invoice.sourceIds,
      payerId,
      amountKopecks: 12_345,
      capturedAt: stored.capturedAt?.toISOString(),
      // For the audit journal: who paid, in which request.
      actorId: payerId,
      requestId: 'test-request',
      sandbox: false,
    });
    // Not live: nothing for the gateway's subscriptions.
    expect(paymentCaptured.liveFields).toEqual([]);
    // Served on the feed reader, stamped with the capture's clock.
    const feed = await db.services.outbox.readAfter(0n, 500);
    expect(feed.find((event) => event.subject.id === payment.id)).toMatchObject({ type: 'payment.captured', source: 'payments', occurredAt: stored.capturedAt?.toISOString() });
  });

  it('writes no event when the capture transaction rolls back', async () => {
    const invoice = await db.invoice(payerId, 5_000);
    const original = db.prisma.$transaction.bind(db.prisma);
    // The outbox insert fails inside the transaction: neither the capture nor the event may remain.
    const spy = jest.spyOn(db.prisma, '$transaction').mockImplementationOnce(((fn: (tx: unknown) => Promise<unknown>) =>
      original(async (tx: any) => {
        const proxy = new Proxy(tx, {
          get: (target, prop) =>
            prop === '$queryRawUnsafe'
              ? (query: string, ...values: unknown[]) => (query.includes('outbox_event') ? Promise.reject(new Error('boom')) : target.$queryRawUnsafe(query, ...values))
              : Reflect.get(target, prop),
        });
        return fn(proxy);
      })) as never);
    await expect(db.services.payments.pay(payerId, { invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-rollback' })).rejects.toThrow('boom');
    spy.mockRestore();
    expect((await db.services.invoices.byIds([invoice.id]))[0]?.status).toBe('UNPAID');
    expect(await db.count('payment', `invoice_id = $1 AND status = 'CAPTURED'`, [invoice.id])).toBe(0);
    expect(await db.count('payment', `invoice_id = $1 AND status = 'FAILED' AND failure_code = 'INTERNAL_ERROR'`, [invoice.id])).toBe(1);
    expect(await db.count('outbox_event', `payload->>'invoiceId' = $1`, [invoice.id])).toBe(0);
  });

  it('refuses a payment.captured payload that does not fit the contract: the capture rolls back, nothing is stored', async () => {
    // An invoice with no source items (written straight to the table): its event would name none.
    const invoice = await fineInvoice({ sourceIds: [] });
    await expect(db.services.payments.pay(payerId, { invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-misfit' })).rejects.toThrow(EventPayloadError);
    expect((await db.services.invoices.byIds([invoice.id]))[0]?.status).toBe('UNPAID');
    expect(await db.count('payment', `invoice_id = $1 AND status = 'CAPTURED'`, [invoice.id])).toBe(0);
    expect(await db.count('payment', `invoice_id = $1 AND status = 'FAILED' AND failure_code = 'INTERNAL_ERROR'`, [invoice.id])).toBe(1);
    expect(await db.count('outbox_event', `payload->>'invoiceId' = $1`, [invoice.id])).toBe(0);
  });
});
