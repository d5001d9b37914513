import { testViewer as viewer } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { execute, errorCodes } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const REFUND = /* GraphQL */ `
  mutation Refund($input: RefundPaymentInput!) {
    refundPayment(input: $input) {
      refund { id amountKopecks reason }
      payment { id refundedKopecks refundableKopecks }
      userErrors { field code message }
    }
  }
`;

describe('refundPayment and who sees what', () => {
  let db: TestDatabase;
  const payerId = randomUUID();
  const otherId = randomUUID();
  const payer = viewer(payerId);
  const other = viewer(otherId);
  const admin = viewer(randomUUID(), ['ADMIN']);
  let paymentId: string;
  let invoiceId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const invoice = await db.invoice(payerId, 100_000);
    invoiceId = invoice.id;
    const outcome = await db.services.payments.pay(payerId, { invoiceId, method: 'SBP', idempotencyKey: 'k1' });
    if (!outcome.ok) throw new Error('payment failed');
    paymentId = outcome.value.id;
  });
  afterAll(() => db.close());

  const refund = (input: Record<string, unknown>, who = admin) => execute(db.services, REFUND, { viewer: who, variables: { input } });

  it('is for admins only', async () => {
    const result = await refund({ paymentId, amountKopecks: 1, expectedRefundableKopecks: 100_000, reason: 'x' }, payer);
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });

  it('refunds partially, then refuses more than refundable, a stale expected amount, and refunds the rest', async () => {
    const partial = await refund({ paymentId, amountKopecks: 30_000, expectedRefundableKopecks: 100_000, reason: 'Переплата' });
    expect(partial.data?.refundPayment).toMatchObject({ refund: { amountKopecks: 30_000 }, payment: { refundedKopecks: 30_000, refundableKopecks: 70_000 }, userErrors: [] });

    const stale = await refund({ paymentId, amountKopecks: 10_000, expectedRefundableKopecks: 100_000, reason: 'again' });
    expect(stale.data?.refundPayment).toMatchObject({ refund: null, userErrors: [{ field: 'expectedRefundableKopecks', code: 'REFUNDABLE_AMOUNT_CONFLICT' }] });
    expect(stale.data?.refundPayment.userErrors[0].message).toContain('70000');

    const tooMuch = await refund({ paymentId, amountKopecks: 70_001, expectedRefundableKopecks: 70_000, reason: 'too much' });
    expect(tooMuch.data?.refundPayment.userErrors[0]).toMatchObject({ field: 'amountKopecks', code: 'REFUND_EXCEEDS_REFUNDABLE' });
    expect(await db.count('refund')).toBe(1);

    const rest = await refund({ paymentId, amountKopecks: 70_000, expectedRefundableKopecks: 70_000, reason: 'Отмена' });
    expect(rest.data?.refundPayment.payment).toMatchObject({ refundedKopecks: 100_000, refundableKopecks: 0 });
    const none = await refund({ paymentId, amountKopecks: 1, expectedRefundableKopecks: 0, reason: 'nothing left' });
    expect(none.data?.refundPayment.userErrors[0].code).toBe('REFUND_EXCEEDS_REFUNDABLE');

    // Each refund made (and only those) wrote its payment.refunded event in the refund's transaction.
    const { rows } = await db.pool.query(`SELECT * FROM "${db.schema}"."outbox_event" WHERE type = 'payment.refunded' AND subject_id = $1 ORDER BY seq`, [paymentId]);
    const refunds = await db.prisma.refund.findMany({ where: { paymentId }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((row) => row.payload)).toEqual(
      refunds.map((r) => ({
        refundId: r.id,
        paymentId,
        invoiceId,
        amountKopecks: r.amountKopecks,
        actorId: admin.userId,
        requestId: 'test-request',
        at: r.createdAt.toISOString(),
        sandbox: false,
      })),
    );
    expect(refunds.map((r) => r.amountKopecks)).toEqual([30_000, 70_000]);
    expect(rows[0].audience).toEqual({ userIds: [payerId], departmentIds: [] });
  });

  it('refuses invalid amounts and unknown payments', async () => {
    expect((await refund({ paymentId, amountKopecks: 0, expectedRefundableKopecks: 0, reason: 'x' })).data?.refundPayment.userErrors[0].code).toBe('AMOUNT_INVALID');
    expect((await refund({ paymentId: randomUUID(), amountKopecks: 1, expectedRefundableKopecks: 0, reason: 'x' })).data?.refundPayment.userErrors[0].code).toBe('PAYMENT_NOT_FOUND');
  });

  it('concurrent refunds with the same expected amount: only one succeeds', async () => {
    const invoice = await db.invoice(payerId, 20_000);
    const paid = await db.services.payments.pay(payerId, { invoiceId: invoice.id, method: 'SBP', idempotencyKey: 'k-concurrent-refund' });
    if (!paid.ok) throw new Error('payment failed');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => refund({ paymentId: paid.value.id, amountKopecks: 15_000, expectedRefundableKopecks: 20_000, reason: 'dup' })),
    );
    expect(results.filter((r) => r.data?.refundPayment.refund)).toHaveLength(1);
  });

  it('shows invoices and payments to their payer only — also through _entities', async () => {
    const query = `query($i: ID!, $p: ID!) { invoice(id: $i) { id uin } payment(id: $p) { id receipt { number } } }`;
    const own = await execute(db.services, query, { viewer: payer, variables: { i: invoiceId, p: paymentId } });
    expect(own.errors).toBeUndefined();
    expect(own.data?.payment.receipt.number).toBeTruthy();

    const foreign = await execute(db.services, query, { viewer: other, variables: { i: invoiceId, p: paymentId } });
    expect(new Set(errorCodes(foreign))).toEqual(new Set(['FORBIDDEN']));
    expect(foreign.data).toEqual({ invoice: null, payment: null });
    expect(JSON.stringify(foreign.data)).not.toContain(paymentId);

    const anonymous = await execute(db.services, query, { variables: { i: invoiceId, p: paymentId } });
    expect(errorCodes(anonymous)).toContain('UNAUTHENTICATED');

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Invoice { id uin amountKopecks } ... on Payment { id amountKopecks receipt { number } } } }`;
    const representations = [{ __typename: 'Invoice', id: invoiceId }, { __typename: 'Payment', id: paymentId }];
    const viaEntitiesOwn = await execute(db.services, entities, { viewer: payer, variables: { r: representations } });
    expect(viaEntitiesOwn.errors).toBeUndefined();
    expect(viaEntitiesOwn.data?._entities[1].receipt.number).toBeTruthy();
    const viaEntities = await execute(db.services, entities, { viewer: other, variables: { r: representations } });
    expect(errorCodes(viaEntities).length).toBeGreaterThan(0);
    expect(new Set(errorCodes(viaEntities))).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(viaEntities.data)).not.toMatch(/uin|amountKopecks|number/);
  });

  it('lists User.invoices for the user themself, with filters and paging; nobody else', async () => {
    const list = `query($r: [_Any!]!, $f: InvoiceFilter) { _entities(representations: $r) { ... on User { invoices(filter: $f, first: 2) { totalCount edges { node { id status source } } pageInfo { hasNextPage } } } } }`;
    const r = [{ __typename: 'User', id: payerId }];
    const own = await execute(db.services, list, { viewer: payer, variables: { r } });
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0].invoices.totalCount).toBe(2);
    const unpaid = await execute(db.services, list, { viewer: payer, variables: { r, f: { status: 'UNPAID' } } });
    expect(unpaid.data?._entities[0].invoices.totalCount).toBe(0);
    const foreign = await execute(db.services, list, { viewer: other, variables: { r } });
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
  });

  it('Fine.invoice shows the newest non-cancelled invoice to its payer only', async () => {
    const invoice = await db.invoice(payerId, 5_000, 'FINE');
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Fine { id invoice { id uin } } } }`;
    const r = [{ __typename: 'Fine', id: invoice.sourceIds[0] }];
    const own = await execute(db.services, q, { viewer: payer, variables: { r } });
    expect(own.data?._entities[0].invoice).toEqual({ id: invoice.id, uin: invoice.uin });
    const foreign = await execute(db.services, q, { viewer: other, variables: { r } });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data?._entities[0].invoice).toBeNull();
    // A TaxAccrual with the same id is another item.
    const tax = await execute(db.services, `query($r: [_Any!]!) { _entities(representations: $r) { ... on TaxAccrual { invoice { id } } } }`, {
      viewer: payer,
      variables: { r: [{ __typename: 'TaxAccrual', id: invoice.sourceIds[0] }] },
    });
    expect(tax.data?._entities[0].invoice).toBeNull();
  });
});
