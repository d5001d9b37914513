import { randomUUID } from 'node:crypto';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { queryStackDatabase } from '../support/database';
import { ADMIN, CITIZEN, EMPLOYEE_MVD, LOGIN, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

/** A ZAGS archive certificate: a 200 ₽ state fee, billed on submission. */
const PAID_SERVICE = 'zags-archive-certificate';
const PAID_FORM = { recordType: 'Рождение', personFullName: { lastName: 'Иванова', firstName: 'Мария' }, eventYear: 1950, purpose: 'Наследство' };
const SUCCESS_CARD = { testCardNumber: '4000 0000 0000 0002', expiry: '12/30', cvc: '123' };

const JOURNAL = /* GraphQL */ `
  query ($filter: AuditJournalFilter, $first: Int) {
    auditJournal(filter: $filter, first: $first) {
      totalCount
      edges { node { seq action actorId actorType subjectType subjectId requestId occurredAt details prevHash hash } }
    }
  }
`;
const VERIFY = /* GraphQL */ `{ verifyAuditChain { ok checkedEntries firstBrokenSeq firstBrokenEntry { seq } reason headSeq } }`;

type Entry = { seq: string; action: string; actorId: string | null; actorType: string; subjectType: string; subjectId: string; requestId: string | null; details: Record<string, unknown> };

/** A request id of our own, sent as x-request-id: the gateway forwards it, the journal keeps it. */
const requestId = (what: string) => `audit-it-${what}-${randomUUID()}`;
const withRequestId = (id: string) => ({ 'x-request-id': id });

/** The journal fills from the producers' feeds: poll until the entries for a request arrive. */
async function entriesFor(adminToken: string, id: string, count = 1): Promise<Entry[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await graphql(gatewayUrl(), JOURNAL, { filter: { requestId: id } }, { token: adminToken });
    expect(response.errors).toBeUndefined();
    const entries = response.data?.auditJournal.edges.map((edge: { node: Entry }) => edge.node) as Entry[];
    if (entries.length >= count || Date.now() > deadline) return entries;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function invoiceOf(token: string, applicationId: string): Promise<{ id: string; status: string; amountKopecks: number }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await graphql(gatewayUrl(), 'query ($id: ID!) { application(id: $id) { invoice { id status amountKopecks } } }', { id: applicationId }, { token });
    const invoice = response.data?.application?.invoice;
    if (invoice || Date.now() > deadline) return invoice;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe('the audit journal, through the gateway', () => {
  it('journals a submission and a registration with actor, subject and the request id sent', async () => {
    const [admin, citizen, mvd] = await Promise.all([loginAs(gatewayUrl(), ADMIN), loginAs(gatewayUrl(), CITIZEN), loginAs(gatewayUrl(), EMPLOYEE_MVD)]);
    const serviceId = await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE);
    const submitId = requestId('submit');
    const submitted = await graphql(
      gatewayUrl(),
      'mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id number } userErrors { code } } }',
      { input: { serviceId, formData: { series: '4510', number: '123456' }, idempotencyKey: randomUUID() } },
      { token: citizen.token, headers: withRequestId(submitId) },
    );
    const application = submitted.data?.submitApplication.application;
    expect(application?.id).toBeTruthy();
    const registerId = requestId('register');
    const registered = await graphql(
      gatewayUrl(),
      'mutation ($input: RegisterApplicationInput!) { registerApplication(input: $input) { application { status } userErrors { code } } }',
      { input: { applicationId: application.id } },
      { token: mvd.token, headers: withRequestId(registerId) },
    );
    expect(registered.data?.registerApplication.application.status).toBe('REGISTERED');

    const [submission] = await entriesFor(admin.token, submitId);
    expect(submission).toMatchObject({
      action: 'application.status_changed',
      actorId: citizen.userId,
      actorType: 'USER',
      subjectType: 'Application',
      subjectId: application.id,
      requestId: submitId,
      details: { from: null, to: 'SUBMITTED', number: application.number, applicantId: citizen.userId },
    });
    const [registration] = await entriesFor(admin.token, registerId);
    expect(registration).toMatchObject({
      action: 'application.status_changed',
      actorId: mvd.userId,
      actorType: 'EMPLOYEE',
      subjectType: 'Application',
      subjectId: application.id,
      requestId: registerId,
      details: { from: 'SUBMITTED', to: 'REGISTERED' },
    });
    expect(BigInt(registration.seq)).toBeGreaterThan(BigInt(submission.seq));
    // The form data (a passport series and number) is not in the journal.
    expect(JSON.stringify([submission, registration])).not.toMatch(/4510|123456/);

    const bySubject = await graphql(gatewayUrl(), JOURNAL, { filter: { subjectType: 'Application', subjectId: application.id } }, { token: admin.token });
    expect(bySubject.data?.auditJournal.edges.map((edge: { node: Entry }) => edge.node.requestId)).toEqual([registerId, submitId]);
  });

  it('journals a payment and its refund with the payer, the administrator and their request ids', async () => {
    const [admin, citizen] = await Promise.all([loginAs(gatewayUrl(), ADMIN), loginAs(gatewayUrl(), CITIZEN)]);
    const application = await submitApplication(gatewayUrl(), citizen.token, await serviceIdByCode(gatewayUrl(), PAID_SERVICE), PAID_FORM);
    const invoice = await invoiceOf(citizen.token, application.id);
    expect(invoice).toMatchObject({ status: 'UNPAID' });

    const payId = requestId('pay');
    const paid = await graphql(
      gatewayUrl(),
      'mutation ($i: PayInvoiceInput!) { payInvoice(input: $i) { payment { id status } userErrors { code } } }',
      { i: { invoiceId: invoice.id, method: 'CARD', idempotencyKey: randomUUID(), card: SUCCESS_CARD } },
      { token: citizen.token, headers: withRequestId(payId) },
    );
    const payment = paid.data?.payInvoice.payment;
    expect(payment?.status).toBe('CAPTURED');
    const [capture] = await entriesFor(admin.token, payId);
    expect(capture).toMatchObject({
      action: 'payment.captured',
      actorId: citizen.userId,
      actorType: 'USER',
      subjectType: 'Payment',
      subjectId: payment.id,
      requestId: payId,
      details: { invoiceId: invoice.id, amountKopecks: invoice.amountKopecks, payerId: citizen.userId },
    });
    // Ids and the amount only: no card data in the journal.
    expect(Object.keys(capture.details).sort()).toEqual(['amountKopecks', 'invoiceId', 'invoiceSource', 'payerId', 'sourceIds']);
    expect(JSON.stringify(capture)).not.toMatch(/4000 0000|4000000000000002|12\/30|cvc/i);

    const refundId = requestId('refund');
    const refunded = await graphql(
      gatewayUrl(),
      'mutation ($i: RefundPaymentInput!) { refundPayment(input: $i) { refund { id } userErrors { code } } }',
      { i: { paymentId: payment.id, amountKopecks: 5_000, expectedRefundableKopecks: invoice.amountKopecks, reason: 'Проверка журнала' } },
      { token: admin.token, headers: withRequestId(refundId) },
    );
    expect(refunded.data?.refundPayment.userErrors).toEqual([]);
    const [refund] = await entriesFor(admin.token, refundId);
    expect(refund).toMatchObject({
      action: 'payment.refunded',
      actorId: admin.userId,
      actorType: 'EMPLOYEE',
      subjectType: 'Payment',
      subjectId: payment.id,
      requestId: refundId,
      details: { refundId: refunded.data?.refundPayment.refund.id, amountKopecks: 5_000 },
    });
  });

  it('journals a failed login (identity security events) with its request id, without the login or password', async () => {
    const admin = await loginAs(gatewayUrl(), ADMIN);
    const loginId = requestId('login');
    const failed = await graphql(gatewayUrl(), LOGIN, { input: { login: CITIZEN, password: 'Wrong-Password1!' } }, { headers: withRequestId(loginId) });
    expect(failed.data?.login.accessToken ?? null).toBeNull();
    const [entry] = await entriesFor(admin.token, loginId);
    expect(entry).toMatchObject({ action: 'security.login_failed', requestId: loginId });
    expect(JSON.stringify(entry)).not.toMatch(/citizen@|Wrong-Password/);
  });

  it('is refused to citizens, employees and anonymous callers', async () => {
    const [citizen, mvd] = await Promise.all([loginAs(gatewayUrl(), CITIZEN), loginAs(gatewayUrl(), EMPLOYEE_MVD)]);
    for (const token of [citizen.token, mvd.token]) {
      const journal = await graphql(gatewayUrl(), JOURNAL, { first: 5 }, { token });
      expect(errorCodes(journal)).toEqual(['FORBIDDEN']);
      expect(journal.data?.auditJournal ?? null).toBeNull();
      expect(errorCodes(await graphql(gatewayUrl(), VERIFY, {}, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(gatewayUrl(), JOURNAL, { first: 5 }))).toContain('UNAUTHENTICATED');
  });

  it('verifies the chain; an edited row is found, and the restored row makes it whole again', async () => {
    const admin = await loginAs(gatewayUrl(), ADMIN);
    const intact = await graphql(gatewayUrl(), VERIFY, {}, { token: admin.token });
    expect(intact.errors).toBeUndefined();
    expect(intact.data?.verifyAuditChain).toMatchObject({ ok: true, firstBrokenSeq: null, reason: null });
    expect(intact.data?.verifyAuditChain.checkedEntries).toBeGreaterThan(0);

    // Someone with database access edits an entry's details (the shared stack: restored below).
    const [victim] = await queryStackDatabase<{ seq: string; details: string }>('SELECT seq::text AS seq, details::text AS details FROM audit.audit_entry ORDER BY seq LIMIT 1');
    await queryStackDatabase(`UPDATE audit.audit_entry SET details = details || '{"tampered": true}'::jsonb WHERE seq = $1::bigint`, [victim.seq]);
    try {
      const broken = await graphql(gatewayUrl(), VERIFY, {}, { token: admin.token });
      expect(broken.data?.verifyAuditChain).toMatchObject({ ok: false, firstBrokenSeq: victim.seq, firstBrokenEntry: { seq: victim.seq }, reason: 'HASH_MISMATCH' });
    } finally {
      await queryStackDatabase('UPDATE audit.audit_entry SET details = $2::jsonb WHERE seq = $1::bigint', [victim.seq, victim.details]);
    }
    expect((await graphql(gatewayUrl(), VERIFY, {}, { token: admin.token })).data?.verifyAuditChain.ok).toBe(true);
  });
});
