import { randomUUID } from 'node:crypto';
import { serviceIdByCode, submitApplication, transition } from '../support/applications';
import { CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';

/** A ZAGS archive certificate: a 200 ₽ state fee and a short form. */
const PAID_SERVICE = 'zags-archive-certificate';
const FORM = { recordType: 'Рождение', personFullName: { lastName: 'Иванова', firstName: 'Мария' }, eventYear: 1950, purpose: 'Наследство' };
const SUCCESS_CARD = { testCardNumber: '4000 0000 0000 0002', expiry: '12/30', cvc: '123' };

const APPLICATION_FEE = /* GraphQL */ `
  query ($id: ID!) {
    application(id: $id) { id stateFeeKopecks stateFeeStatus stateFeePaidAt invoice { id status amountKopecks } }
  }
`;

type FeeView = { stateFeeKopecks: number; stateFeeStatus: string; stateFeePaidAt: string | null; invoice: { id: string; status: string; amountKopecks: number } | null };

async function feeView(token: string, id: string): Promise<FeeView> {
  const response = await graphql(gatewayUrl(), APPLICATION_FEE, { id }, { token });
  expect(response.errors).toBeUndefined();
  return response.data?.application as FeeView;
}

/** Cross-subgraph effects travel through event feeds: poll until they arrive (or give up). */
async function waitFor(token: string, id: string, accept: (view: FeeView) => boolean): Promise<FeeView> {
  const deadline = Date.now() + 10_000;
  let view = await feeView(token, id);
  while (!accept(view) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    view = await feeView(token, id);
  }
  return view;
}

function pay(token: string, invoiceId: string) {
  return graphql(
    gatewayUrl(),
    'mutation ($i: PayInvoiceInput!) { payInvoice(input: $i) { payment { status } userErrors { code } } }',
    { i: { invoiceId, method: 'CARD', idempotencyKey: randomUUID(), card: SUCCESS_CARD } },
    { token },
  );
}

describe('the state fee of an application, through the gateway', () => {
  it('is billed on submission, and paying its invoice marks the application PAID from the payment event', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const serviceId = await serviceIdByCode(gatewayUrl(), PAID_SERVICE);
    const application = await submitApplication(gatewayUrl(), citizen.token, serviceId, FORM);

    const billed = await waitFor(citizen.token, application.id, (view) => view.invoice !== null);
    expect(billed).toMatchObject({ stateFeeKopecks: 20_000, stateFeeStatus: 'UNPAID', stateFeePaidAt: null, invoice: { status: 'UNPAID', amountKopecks: 20_000 } });

    // Another citizen can neither see the application nor pay (or probe) its invoice.
    const other = await loginAs(gatewayUrl(), CITIZEN_2);
    const foreign = await graphql(gatewayUrl(), APPLICATION_FEE, { id: application.id }, { token: other.token });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await pay(other.token, billed.invoice!.id)).data?.payInvoice.userErrors).toEqual([{ code: 'INVOICE_NOT_FOUND' }]);
    expect((await feeView(citizen.token, application.id)).stateFeeStatus).toBe('UNPAID');

    expect((await pay(citizen.token, billed.invoice!.id)).data?.payInvoice.payment).toEqual({ status: 'CAPTURED' });
    const paid = await waitFor(citizen.token, application.id, (view) => view.stateFeeStatus === 'PAID');
    expect(paid).toMatchObject({ stateFeeStatus: 'PAID', invoice: { status: 'PAID' } });
    expect(Date.parse(paid.stateFeePaidAt ?? '')).not.toBeNaN();
  });

  it('is cancelled when the application is withdrawn before paying, and can no longer be paid', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const serviceId = await serviceIdByCode(gatewayUrl(), PAID_SERVICE);
    const application = await submitApplication(gatewayUrl(), citizen.token, serviceId, FORM);
    const { invoice } = await waitFor(citizen.token, application.id, (view) => view.invoice !== null);
    expect(invoice?.status).toBe('UNPAID');

    const withdrawn = await transition(gatewayUrl(), citizen.token, 'withdrawApplication', application.id);
    expect(withdrawn.data?.withdrawApplication.application.status).toBe('WITHDRAWN');

    const listCancelled = async () => {
      const response = await graphql(
        gatewayUrl(),
        '{ me { invoices(first: 100, filter: { source: STATE_FEE, status: CANCELLED }) { edges { node { id } } } } }',
        {},
        { token: citizen.token },
      );
      return (response.data?.me.invoices.edges ?? []).map((e: { node: { id: string } }) => e.node.id) as string[];
    };
    const deadline = Date.now() + 10_000;
    while (!(await listCancelled()).includes(invoice!.id) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await listCancelled()).toContain(invoice!.id);
    expect((await pay(citizen.token, invoice!.id)).data?.payInvoice.userErrors).toEqual([{ code: 'INVOICE_NOT_PAYABLE' }]);
    expect((await feeView(citizen.token, application.id)).stateFeeStatus).toBe('CANCELLED');
  });
});
