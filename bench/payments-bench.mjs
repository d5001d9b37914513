// Payments under load, through the gateway: filing applications with a state fee (applications →
// outbox → payments creates the invoice), then paying each invoice once with a fresh idempotency
// key (sandbox acquirer: authorize + capture + outbox event in one transaction), then replaying
// the same keys (the idempotent answer), and the citizen's fines with amounts due and invoices
// (taxes-fines → payments). Every request is a real write or read; none is repeated by accident.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { gql, login } from './graphql.mjs';

const PAID_SERVICE = 'zags-archive-certificate';
const FORM = { recordType: 'Рождение', personFullName: { lastName: 'Иванова', firstName: 'Мария' }, eventYear: 1950, purpose: 'Наследство' };
const SUCCESS_CARD = { testCardNumber: '4000 0000 0000 0002', expiry: '12/30', cvc: '123' };
const SUBMIT = 'mutation ($i: SubmitApplicationInput!) { submitApplication(input: $i) { application { id } userErrors { code } } }';
const PAY = 'mutation ($i: PayInvoiceInput!) { payInvoice(input: $i) { payment { status } userErrors { code } } }';
const MY_FINES = '{ me { fines(first: 20) { edges { node { id amountDue discountDeadline invoice { status } } } } } }';

/** A fixed number of requests, each with its own body from `bodyFor(i)`; counts GraphQL-level failures too. */
function drive(title, url, token, amount, connections, bodyFor, accept) {
  let next = 0;
  let rejected = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        amount,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(bodyFor(next++)) }), onResponse: (status, body) => !accept(body) && rejected++ }],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors + rejected, total: result.requests.total });
      },
    );
    instance.on('error', reject);
  });
}

async function waitForInvoices(url, token, count, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const data = await gql(url, '{ me { invoices(first: 100, filter: { source: STATE_FEE, status: UNPAID }) { totalCount } } }', {}, token);
    if (data.me.invoices.totalCount >= count || Date.now() > deadline) return data.me.invoices.totalCount;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function unpaidFeeInvoices(url, token) {
  const ids = [];
  let after = null;
  for (;;) {
    const data = await gql(
      url,
      'query ($after: String) { me { invoices(first: 100, after: $after, filter: { source: STATE_FEE, status: UNPAID }) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }',
      { after },
      token,
    );
    ids.push(...data.me.invoices.edges.map((e) => e.node.id));
    if (!data.me.invoices.pageInfo.hasNextPage) return ids;
    after = data.me.invoices.pageInfo.endCursor;
  }
}

export async function benchPayments(gatewayUrl, { count = 300, connections = 10 } = {}) {
  const token = await login(gatewayUrl, 'citizen@demo.gosuslugi.local');
  const serviceId = (await gql(gatewayUrl, `{ service(code: "${PAID_SERVICE}") { id } }`)).service.id;
  const before = await waitForInvoices(gatewayUrl, token, 0);

  const results = [];
  results.push(
    await drive(`submitApplication with a state fee (${count} applications)`, gatewayUrl, token, count, connections,
      () => ({ query: SUBMIT, variables: { i: { serviceId, formData: FORM, idempotencyKey: randomUUID() } } }),
      (body) => body.includes('"userErrors":[]')),
  );
  const billedAt = performance.now();
  const billed = await waitForInvoices(gatewayUrl, token, before + count);
  const billingLagMs = Math.round(performance.now() - billedAt);

  const invoices = await unpaidFeeInvoices(gatewayUrl, token);
  const keys = invoices.map(() => randomUUID());
  const payBody = (i) => ({ query: PAY, variables: { i: { invoiceId: invoices[i], method: 'CARD', idempotencyKey: keys[i], card: SUCCESS_CARD } } });
  const captured = (body) => body.includes('"status":"CAPTURED"');
  results.push(await drive(`payInvoice, card, each invoice once (${invoices.length} payments)`, gatewayUrl, token, invoices.length, connections, payBody, captured));
  results.push(await drive(`payInvoice replayed with the same keys (idempotent answer)`, gatewayUrl, token, invoices.length, connections, payBody, captured));
  results.push(await drive('me { fines { amountDue discountDeadline invoice { status } } } (taxes-fines → payments)', gatewayUrl, token, 2_000, connections, () => ({ query: MY_FINES }), (body) => body.includes('"fines"')));
  return { results, billingLagMs, billed: billed - before };
}
