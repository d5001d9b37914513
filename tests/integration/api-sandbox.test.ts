import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { apiClientToken, CITIZEN, CITIZEN_2, loginAs, ORG_REPRESENTATIVE, SANDBOX_CITIZEN } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';

/*
 * TEST keys as a sandbox: a TEST key with webhooks:manage (any signed-in person may hold one)
 * receives the sandbox citizens' events only, never a live citizen's; a LIVE key's endpoint
 * receives live events only, never the sandbox's test data. The sandbox holds applications,
 * fines, taxes and payments (paid with the test cards).
 */

const SUCCESS_CARD = { testCardNumber: '4000 0000 0000 0002', expiry: '12/30', cvc: '123' };
/** A ZAGS archive certificate: a 200 ₽ state fee, so a live citizen has something to pay. */
const PAID_SERVICE = 'zags-archive-certificate';
const PAID_FORM = { recordType: 'Рождение', personFullName: { lastName: 'Иванова', firstName: 'Мария' }, eventYear: 1950, purpose: 'Наследство' };
const WEBHOOK_EVENT_TYPES = ['application.status_changed', 'payment.captured'];

const REGISTER_WEBHOOK = /* GraphQL */ `
  mutation ($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) { endpoint { id sandbox } secret userErrors { field code } }
  }
`;

/** A receiver that answers 200 and keeps the parsed bodies. */
function receiver() {
  const bodies: { id: string; type: string; payload: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      res.writeHead(200).end();
    });
  });
  return {
    bodies,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function registerWebhook(token: string, url: string): Promise<{ id: string; sandbox: boolean }> {
  const response = await graphql(gatewayUrl(), REGISTER_WEBHOOK, { input: { url, eventTypes: WEBHOOK_EVENT_TYPES } }, { token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.registerWebhook.userErrors).toEqual([]);
  return response.data?.registerWebhook.endpoint;
}

const forPayment = (bodies: ReturnType<typeof receiver>['bodies'], paymentId: string) =>
  bodies.filter((body) => body.type === 'payment.captured' && body.payload.paymentId === paymentId);

async function payInvoice(token: string, invoiceId: string): Promise<string> {
  const paid = await graphql(
    gatewayUrl(),
    'mutation ($i: PayInvoiceInput!) { payInvoice(input: $i) { payment { id status } userErrors { code } } }',
    { i: { invoiceId, method: 'CARD', idempotencyKey: randomUUID(), card: SUCCESS_CARD } },
    { token },
  );
  expect(paid.data?.payInvoice.payment?.status).toBe('CAPTURED');
  return paid.data?.payInvoice.payment.id;
}

const forApplication = (bodies: ReturnType<typeof receiver>['bodies'], applicationId: string) =>
  bodies.filter((body) => body.payload.applicationId === applicationId);

async function waitFor(check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return check();
}

describe('TEST keys as a sandbox: webhooks of sandbox data only', () => {
  const sandboxReceiver = receiver();
  const liveReceiver = receiver();
  let sandboxEndpoint: { id: string; sandbox: boolean };
  let liveEndpoint: { id: string; sandbox: boolean };
  let testToken: string;
  let liveToken: string;
  let serviceId: string;

  beforeAll(async () => {
    // A plain citizen may hold a TEST key with webhooks:manage; LIVE webhooks stay organizations'.
    const developer = await loginAs(gatewayUrl(), CITIZEN);
    testToken = await apiClientToken(gatewayUrl(), developer.token, ['webhooks:manage'], 'TEST');
    const organization = await loginAs(gatewayUrl(), ORG_REPRESENTATIVE);
    liveToken = await apiClientToken(gatewayUrl(), organization.token, ['webhooks:manage'], 'LIVE');
    sandboxEndpoint = await registerWebhook(testToken, await sandboxReceiver.start());
    liveEndpoint = await registerWebhook(liveToken, await liveReceiver.start());
    serviceId = await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE);
  });
  afterAll(async () => {
    const disable = 'mutation ($id: ID!) { disableWebhook(input: { id: $id }) { userErrors { code } } }';
    if (sandboxEndpoint) await graphql(gatewayUrl(), disable, { id: sandboxEndpoint.id }, { token: testToken });
    if (liveEndpoint) await graphql(gatewayUrl(), disable, { id: liveEndpoint.id }, { token: liveToken });
    await sandboxReceiver.stop();
    await liveReceiver.stop();
  });

  it('marks the endpoint of a TEST key as a sandbox one', () => {
    expect(sandboxEndpoint.sandbox).toBe(true);
    expect(liveEndpoint.sandbox).toBe(false);
  });

  it('delivers a sandbox citizen’s application to the TEST endpoint only, a live citizen’s to the LIVE endpoint only', async () => {
    const live = await submitApplication(gatewayUrl(), (await loginAs(gatewayUrl(), CITIZEN)).token, serviceId);
    const sandboxCitizen = await loginAs(gatewayUrl(), SANDBOX_CITIZEN);
    const sandbox = await submitApplication(gatewayUrl(), sandboxCitizen.token, serviceId);

    // Both events are delivered where they belong…
    expect(await waitFor(() => forApplication(liveReceiver.bodies, live.id).length > 0)).toBe(true);
    expect(await waitFor(() => forApplication(sandboxReceiver.bodies, sandbox.id).length > 0)).toBe(true);
    const [delivered] = forApplication(sandboxReceiver.bodies, sandbox.id);
    expect(delivered).toMatchObject({
      type: 'application.status_changed',
      payload: { applicationId: sandbox.id, number: sandbox.number, applicantId: sandboxCitizen.userId, to: 'SUBMITTED', sandbox: true },
    });
    expect(forApplication(liveReceiver.bodies, live.id)[0].payload).toMatchObject({ sandbox: false, to: 'SUBMITTED' });

    // …and, the dispatcher having had its time (the other delivery arrived), nowhere else.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(forApplication(sandboxReceiver.bodies, live.id)).toEqual([]);
    expect(forApplication(liveReceiver.bodies, sandbox.id)).toEqual([]);
    expect(sandboxReceiver.bodies.every((body) => body.payload.sandbox === true)).toBe(true);
    expect(liveReceiver.bodies.every((body) => body.payload.sandbox !== true)).toBe(true);
  });

  it('the sandbox citizen has test fines and pays them with a test card: the TEST endpoint gets that payment, the LIVE one a live payment only', async () => {
    const sandboxCitizen = await loginAs(gatewayUrl(), SANDBOX_CITIZEN);
    const fines = await graphql(gatewayUrl(), '{ me { fines(first: 10, status: [UNPAID]) { edges { node { id uin } } } taxes { totalCount } } }', {}, { token: sandboxCitizen.token });
    expect(fines.errors).toBeUndefined();
    const fineIds = fines.data?.me.fines.edges.map((edge: { node: { id: string } }) => edge.node.id) as string[];
    expect(fineIds.length).toBeGreaterThanOrEqual(1);
    expect(fines.data?.me.taxes.totalCount).toBeGreaterThanOrEqual(1);
    const invoice = await graphql(
      gatewayUrl(),
      'mutation ($i: CreateInvoiceInput!) { createInvoice(input: $i) { invoice { id } userErrors { code } } }',
      { i: { source: 'FINE', sourceIds: fineIds.slice(0, 1) } },
      { token: sandboxCitizen.token },
    );
    expect(invoice.data?.createInvoice.userErrors).toEqual([]);
    const sandboxPayment = await payInvoice(sandboxCitizen.token, invoice.data?.createInvoice.invoice.id);

    // A live citizen pays a live state fee at the same time.
    const liveCitizen = await loginAs(gatewayUrl(), CITIZEN_2);
    const application = await submitApplication(gatewayUrl(), liveCitizen.token, await serviceIdByCode(gatewayUrl(), PAID_SERVICE), PAID_FORM);
    const feeQuery = 'query ($id: ID!) { application(id: $id) { invoice { id } } }';
    let liveInvoiceId: string | undefined;
    for (const deadline = Date.now() + 15_000; !liveInvoiceId && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 150))) {
      liveInvoiceId = (await graphql(gatewayUrl(), feeQuery, { id: application.id }, { token: liveCitizen.token })).data?.application.invoice?.id;
    }
    expect(liveInvoiceId).toBeDefined();
    const livePayment = await payInvoice(liveCitizen.token, liveInvoiceId as string);

    expect(await waitFor(() => forPayment(sandboxReceiver.bodies, sandboxPayment).length > 0)).toBe(true);
    expect(await waitFor(() => forPayment(liveReceiver.bodies, livePayment).length > 0)).toBe(true);
    expect(forPayment(sandboxReceiver.bodies, sandboxPayment)[0].payload).toMatchObject({ payerId: sandboxCitizen.userId, source: 'FINE', sandbox: true });
    expect(forPayment(liveReceiver.bodies, livePayment)[0].payload).toMatchObject({ source: 'STATE_FEE', sandbox: false });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(forPayment(sandboxReceiver.bodies, livePayment)).toEqual([]);
    expect(forPayment(liveReceiver.bodies, sandboxPayment)).toEqual([]);
  });

  it('a TEST key reads no person\'s records, live or sandbox', async () => {
    const developer = await loginAs(gatewayUrl(), SANDBOX_CITIZEN);
    const token = await apiClientToken(gatewayUrl(), developer.token, ['catalog:read', 'webhooks:manage'], 'TEST');
    const response = await graphql(gatewayUrl(), '{ me { fines(first: 5) { totalCount } invoices(first: 5) { totalCount } applications(first: 5) { totalCount } } }', {}, { token });
    expect(response.data?.me ?? null).toBeNull();
    expect(response.errors?.length).toBeGreaterThan(0);
  });
});
