import { randomUUID } from 'node:crypto';
import { CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

const MY_FINES = /* GraphQL */ `
  query {
    me {
      fines(first: 50, status: [UNPAID]) {
        edges { node { id uin article part status amountKopecks amountDue discountApplies discountDeadline invoice { id status amountKopecks } } }
      }
    }
  }
`;

const SUCCESS_CARD = { testCardNumber: '4000 0000 0000 0002', expiry: '12/30', cvc: '123' };
const DECLINED_CARD = { testCardNumber: '4000 0000 0000 0069', expiry: '12/30', cvc: '123' };

type FineNode = { id: string; uin: string; status: string; amountKopecks: number; amountDue: number; discountApplies: boolean; invoice: { id: string; status: string } | null };

async function myUnpaidFines(token: string): Promise<FineNode[]> {
  const response = await graphql(gatewayUrl(), MY_FINES, {}, { token });
  expect(response.errors).toBeUndefined();
  return response.data?.me.fines.edges.map((e: { node: FineNode }) => e.node);
}

async function pay(token: string, invoiceId: string, card: object, idempotencyKey = randomUUID()) {
  return graphql(
    gatewayUrl(),
    'mutation ($i: PayInvoiceInput!) { payInvoice(input: $i) { payment { id status failureCode receipt { number uin amountKopecks } } userErrors { code } } }',
    { i: { invoiceId, method: 'CARD', idempotencyKey, card } },
    { token },
  );
}

describe('paying GIBDD fines through the gateway', () => {
  it('one invoice for the selected fines; a declined card changes nothing; a good card makes the fines PAID from the payment event', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const before = await myUnpaidFines(citizen.token);
    const discounted = before.find((f) => f.discountApplies);
    const full = before.find((f) => !f.discountApplies && !f.invoice);
    expect(discounted?.amountDue).toBe(Math.ceil(discounted!.amountKopecks / 2));
    const selected = [discounted, full].filter((f): f is FineNode => f !== undefined && !f.invoice);
    expect(selected.length).toBeGreaterThan(0);

    const created = await graphql(
      gatewayUrl(),
      'mutation ($i: CreateInvoiceInput!) { createInvoice(input: $i) { invoice { id uin status amountKopecks } userErrors { field code } } }',
      { i: { source: 'FINE', sourceIds: selected.map((f) => f.id) } },
      { token: citizen.token },
    );
    expect(created.data?.createInvoice.userErrors).toEqual([]);
    const invoice = created.data?.createInvoice.invoice;
    expect(invoice).toMatchObject({ status: 'UNPAID', amountKopecks: selected.reduce((sum, f) => sum + f.amountDue, 0) });

    const declined = await pay(citizen.token, invoice.id, DECLINED_CARD);
    expect(declined.data?.payInvoice.payment).toMatchObject({ status: 'FAILED', failureCode: 'CARD_DECLINED' });
    expect((await myUnpaidFines(citizen.token)).find((f) => f.id === selected[0].id)?.invoice?.status).toBe('UNPAID');

    const paid = await pay(citizen.token, invoice.id, SUCCESS_CARD);
    expect(paid.data?.payInvoice.payment).toMatchObject({ status: 'CAPTURED', receipt: { uin: invoice.uin, amountKopecks: invoice.amountKopecks } });
    // The printable receipt, on the gateway's origin: the payer only.
    const receiptUrl = new URL(`/receipts/${paid.data?.payInvoice.payment.id}.html`, gatewayUrl());
    const receipt = await fetch(receiptUrl, { headers: { authorization: `Bearer ${citizen.token}` } });
    expect([receipt.status, receipt.headers.get('content-type')]).toEqual([200, expect.stringMatching(/^text\/html/)]);
    expect(await receipt.text()).toContain(invoice.uin);
    expect((await fetch(receiptUrl)).status).toBe(401);

    // taxes-fines learns of the capture from the payments feed.
    const deadline = Date.now() + 10_000;
    let statuses: string[] = [];
    while (Date.now() < deadline) {
      const all = await graphql(gatewayUrl(), '{ me { fines(first: 100) { edges { node { id status invoice { status } } } } } }', {}, { token: citizen.token });
      const nodes = all.data?.me.fines.edges.map((e: { node: { id: string; status: string } }) => e.node) as { id: string; status: string; invoice: { status: string } }[];
      statuses = selected.map((f) => nodes.find((n) => n.id === f.id)?.status ?? 'missing');
      if (statuses.every((s) => s === 'PAID')) {
        expect(nodes.find((n) => n.id === selected[0].id)?.invoice.status).toBe('PAID');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(statuses.every((s) => s === 'PAID')).toBe(true);

    // …and notifications tells the payer, from the same event.
    const notified = async () =>
      ((await graphql(gatewayUrl(), '{ me { notifications(first: 20) { edges { node { title subjectId } } } } }', {}, { token: citizen.token })).data?.me.notifications.edges ?? []).some(
        (e: { node: { title: string } }) => e.node.title === 'Оплата прошла: штраф',
      );
    const until = Date.now() + 10_000;
    while (!(await notified()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await notified()).toBe(true);
  });

  it("keeps another citizen away from someone's fines, invoices and payments", async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const other = await loginAs(gatewayUrl(), CITIZEN_2);
    const [fine] = await myUnpaidFines(citizen.token);
    const read = await graphql(gatewayUrl(), 'query ($id: ID!) { fine(id: $id) { id amountDue } }', { id: fine.id }, { token: other.token });
    expect(read.data?.fine ?? null).toBeNull();
    expect(errorCodes(read)).toEqual(expect.arrayContaining(['FORBIDDEN']));
    const steal = await graphql(
      gatewayUrl(),
      'mutation ($i: CreateInvoiceInput!) { createInvoice(input: $i) { invoice { id } userErrors { code } } }',
      { i: { source: 'FINE', sourceIds: [fine.id] } },
      { token: other.token },
    );
    expect(steal.data?.createInvoice.invoice).toBeNull();
    expect(steal.data?.createInvoice.userErrors[0].code).toBe('SOURCE_ITEM_NOT_FOUND');
    const invoices = await graphql(gatewayUrl(), '{ me { invoices(first: 50) { edges { node { id } } } } }', {}, { token: other.token });
    const mine = await graphql(gatewayUrl(), '{ me { invoices(first: 50) { edges { node { id } } } } }', {}, { token: citizen.token });
    const otherIds = new Set(invoices.data?.me.invoices.edges.map((e: { node: { id: string } }) => e.node.id));
    for (const edge of mine.data?.me.invoices.edges ?? []) expect(otherIds.has(edge.node.id)).toBe(false);
  });

  it('invoices every seeded fine: payments checks the UIN check digit the way taxes-fines made it', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const all = await graphql(gatewayUrl(), '{ me { fines(first: 100) { edges { node { id uin status invoice { id } } } } } }', {}, { token: citizen.token });
    const fines = all.data?.me.fines.edges.map((e: { node: { id: string; uin: string; status: string; invoice: unknown } }) => e.node) as { id: string; uin: string; status: string; invoice: unknown }[];
    // The fine: its check digit needs the second pass (weights 3…10, 1, 2 …).
    expect(fines.map((f) => f.uin)).toContain('18810177260000000027');
    const uninvoiced = fines.filter((f) => !f.invoice && f.status !== 'PAID');
    for (const fine of uninvoiced) {
      const created = await graphql(
        gatewayUrl(),
        'mutation ($i: CreateInvoiceInput!) { createInvoice(input: $i) { invoice { id status } userErrors { field code } } }',
        { i: { source: 'FINE', sourceIds: [fine.id] } },
        { token: citizen.token },
      );
      expect({ uin: fine.uin, payload: created.data?.createInvoice }).toEqual({ uin: fine.uin, payload: { invoice: { id: expect.any(String), status: 'UNPAID' }, userErrors: [] } });
    }
    const after = await graphql(gatewayUrl(), '{ me { fines(first: 100) { edges { node { uin invoice { id } } } } } }', {}, { token: citizen.token });
    const theFine = after.data?.me.fines.edges.find((e: { node: { uin: string } }) => e.node.uin === '18810177260000000027');
    expect(theFine.node.invoice).not.toBeNull();
  });
});
