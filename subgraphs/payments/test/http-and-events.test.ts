import { applicationStatusChanged, dropSchema, pageWindow, TestTokens, type FeedEvent, type PayloadOf, type SubgraphConfig } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { SandboxAcquirer } from '../src/acquiring/sandbox-acquirer';
import { startPaymentsSubgraph, type RunningPayments } from '../src/main';
import { FEED_TOKEN, startTestProducer, type TestProducer } from './support/feed-producer';
import { DATABASE_URL, eventually, InMemoryCatalog, InMemorySourceItems, sleep, uniqueSchemaName } from './support/test-database';
import { INVOICES_ORDER } from '../src/invoices/invoices.service';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
describe('payments over HTTP: receipts, the /events feed, the state-fee consumer', () => {
  const tokens = new TestTokens();
  const catalog = new InMemoryCatalog();
  let producer: TestProducer;
  let running: RunningPayments;
  let start: () => Promise<RunningPayments>;
  let dbSchema: string;
  let base: string;
  const payerId = randomUUID();
  const payerToken = tokens.sign(payerId);
  const otherToken = tokens.sign(randomUUID());

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'silent';
    producer = await startTestProducer('applications');
    dbSchema = uniqueSchemaName('payments_http');
    const config: SubgraphConfig = {
      port: 0,
      databaseUrl: DATABASE_URL,
      dbSchema,
      jwksUrl: '',
      seedDemoData: false,
      production: false,
      dataDir: '/tmp',
      eventFeedToken: FEED_TOKEN,
      redisUrl: null,
      subgraphUrls: { applications: producer.graphqlUrl, catalog: 'http://127.0.0.1:1/graphql', 'taxes-fines': 'http://127.0.0.1:1/graphql' },
    };
    start = () => startPaymentsSubgraph(config, {
      keySource: tokens.keySource,
      acquirer: new SandboxAcquirer(),
      sourceItems: new InMemorySourceItems(),
      catalog,
      now: () => new Date('2026-03-10T09:00:00Z'),
    });
    running = await start();
    base = running.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await running?.stop();
    await producer?.stop();
    await dropSchema(DATABASE_URL, dbSchema);
  });

  const gql = async (query: string, variables: object, token?: string): Promise<any> => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };

  async function paidPayment(): Promise<string> {
    const invoice = await running.services.invoices.insert({
      payerId,
      purposeRu: 'Штраф <ГИБДД>',
      purposeEn: 'Traffic fine',
      amountKopecks: 250_000,
      source: 'FINE',
      sourceIds: [randomUUID()],
      dueDate: new Date('2026-04-01T00:00:00Z'),
    });
    const result = await gql(
      `mutation($input: PayInvoiceInput!) { payInvoice(input: $input) { payment { id status } userErrors { code } } }`,
      { input: { invoiceId: invoice.id, method: 'CARD', idempotencyKey: randomUUID(), card: { testCardNumber: '4000000000000002', expiry: '01/29', cvc: '000' } } },
      payerToken,
    );
    expect(result.data.payInvoice.payment.status).toBe('CAPTURED');
    return result.data.payInvoice.payment.id;
  }

  it('serves the receipt as JSON and printable HTML to the payer only', async () => {
    const paymentId = await paidPayment();
    const json = await fetch(`${base}/receipts/${paymentId}.json`, { headers: { authorization: `Bearer ${payerToken}` } });
    expect(json.status).toBe(200);
    const receipt = (await json.json()) as any;
    expect(receipt).toMatchObject({ paymentId, payerId, amountKopecks: 250_000, purposeRu: 'Штраф <ГИБДД>', cardLast4: '0002', cardBrand: 'VISA' });
    expect(receipt.uin).toMatch(/^\d{20}$/);
    expect(receipt.number).toMatch(/^2026-/);
    expect(JSON.stringify(receipt)).not.toContain('4000000000000002');

    const html = await fetch(`${base}/receipts/${paymentId}.html`, { headers: { authorization: `Bearer ${payerToken}` } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    const page = await html.text();
    expect(page).toContain('2 500,00 ₽'.replace(' ', '')); // 2500,00 ₽
    expect(page).toContain(receipt.uin);
    expect(page).toContain('Штраф &lt;ГИБДД&gt;');
    expect(page).toContain('@media print');

    for (const format of ['json', 'html']) {
      expect((await fetch(`${base}/receipts/${paymentId}.${format}`, { headers: { authorization: `Bearer ${otherToken}` } })).status).toBe(403);
      expect((await fetch(`${base}/receipts/${paymentId}.${format}`)).status).toBe(401);
      expect((await fetch(`${base}/receipts/${paymentId}.${format}`, { headers: { authorization: 'Bearer garbage' } })).status).toBe(401);
    }
    expect((await fetch(`${base}/receipts/${randomUUID()}.json`, { headers: { authorization: `Bearer ${payerToken}` } })).status).toBe(404);

    // Payment.receipt over GraphQL, same rules.
    const q = `query($id: ID!) { payment(id: $id) { receipt { number htmlPath purpose(locale: EN) payer { id } } } }`;
    const own = await gql(q, { id: paymentId }, payerToken);
    expect(own.data.payment.receipt).toMatchObject({ number: receipt.number, htmlPath: `/receipts/${paymentId}.html`, purpose: 'Traffic fine', payer: { id: payerId } });
    const foreign = await gql(q, { id: paymentId }, otherToken);
    expect(foreign.data.payment?.receipt ?? null).toBeNull();
    expect(foreign.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('serves payment.captured on /events with the internal token only', async () => {
    const paymentId = await paidPayment();
    expect((await fetch(`${base}/events?after=0`)).status).toBe(401);
    const feed = (await (await fetch(`${base}/events?after=0`, { headers: { authorization: `Bearer ${FEED_TOKEN}` } })).json()) as { events: FeedEvent[] };
    const event = feed.events.find((e) => e.subject.id === paymentId);
    expect(event).toMatchObject({ type: 'payment.captured', source: 'payments', audience: { userIds: [payerId], departmentIds: [] } });
    expect(event?.payload).toEqual(expect.objectContaining({ paymentId, payerId, amountKopecks: 250_000, source: 'FINE' }));
    expect(event?.payload).not.toHaveProperty('liveFields');
  });

  type Status = PayloadOf<typeof applicationStatusChanged>['to'];
  function statusChanged(applicationId: string, serviceId: string, applicantId: string, from: Status | null, to: Status = from ? 'REGISTERED' : 'SUBMITTED', sandbox = false): FeedEvent {
    const payload: PayloadOf<typeof applicationStatusChanged> = {
      applicationId,
      number: '2026-000001',
      serviceId,
      departmentId: 'MVD',
      applicantId,
      from,
      to,
      at: new Date().toISOString(),
      comment: null,
      actorId: applicantId,
      actorRole: 'APPLICANT',
      requestId: null,
      sandbox,
    };
    return {
      seq: '0',
      id: randomUUID(),
      type: applicationStatusChanged.name,
      source: applicationStatusChanged.producer,
      occurredAt: new Date().toISOString(),
      subject: { type: 'Application', id: applicationId },
      audience: { userIds: [applicantId], departmentIds: ['MVD'], liveFields: [...applicationStatusChanged.liveFields] },
      payload,
    };
  }

  it('creates one STATE_FEE invoice per new submission of a service with a fee, and none otherwise', async () => {
    const paidService = randomUUID();
    const freeService = randomUUID();
    catalog.fees.set(paidService, { feeKopecks: 300_000, titleRu: 'Загранпаспорт', titleEn: 'International passport' });
    catalog.fees.set(freeService, { feeKopecks: 0, titleRu: 'Справка', titleEn: 'Certificate' });
    const applicationId = randomUUID();
    const freeApplication = randomUUID();
    const submitted = statusChanged(applicationId, paidService, payerId, null);
    producer.publish(
      submitted,
      // The same event redelivered, and a duplicate under another id: still one invoice.
      submitted,
      { ...submitted, id: randomUUID() },
      // Later transitions are not submissions.
      statusChanged(applicationId, paidService, payerId, 'SUBMITTED'),
      statusChanged(freeApplication, freeService, payerId, null),
    );
    const countFor = (id: string) => running.services.invoices.newestForSources([`STATE_FEE:${id}`]);
    const [invoice] = await eventually(async () => ((await countFor(applicationId))[0] ? countFor(applicationId) : null));
    // Let the consumer reach the end of the feed.
    await eventually(async () => (await running.services.feedOffsets.for('payments<-applications').load()) === 5n);
    expect(invoice).toMatchObject({ payerId, amountKopecks: 300_000, source: 'STATE_FEE', sourceIds: [applicationId], status: 'UNPAID', purposeRu: 'Государственная пошлина: Загранпаспорт' });
    const all = await running.services.invoices.listForPayer(payerId, { source: 'STATE_FEE' }, pageWindow({ first: 100 }, INVOICES_ORDER));
    expect(all.nodes.filter((row) => row.sourceIds.includes(applicationId))).toHaveLength(1);
    expect((await countFor(freeApplication))[0]).toBeNull();
    expect(invoice?.sandbox).toBe(false);

    // Application.invoice for its payer; null for anyone else.
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Application { invoice { id amountKopecks purpose(locale: EN) } } } }`;
    const own = await gql(q, { r: [{ __typename: 'Application', id: applicationId }] }, payerToken);
    expect(own.data._entities[0].invoice).toEqual({ id: invoice?.id, amountKopecks: 300_000, purpose: 'State fee: International passport' });
    const foreign = await gql(q, { r: [{ __typename: 'Application', id: applicationId }] }, otherToken);
    expect(foreign.data._entities[0].invoice).toBeNull();
  });

  it('resumes the applications feed after a restart without reprocessing or duplicating', async () => {
    const name = 'payments<-applications';
    const offset = await running.services.feedOffsets.for(name).load();
    expect(offset).toBe(5n);
    await running.stop();
    // While payments is down a new submission arrives, a sandbox (test) citizen's.
    const applicationId = randomUUID();
    const serviceId = randomUUID();
    catalog.fees.set(serviceId, { feeKopecks: 100_000, titleRu: 'Права', titleEn: 'Driving licence' });
    producer.publish(statusChanged(applicationId, serviceId, payerId, null, 'SUBMITTED', true));
    const callsBefore = catalog.calls;
    running = await start();
    base = running.url.replace(/\/graphql$/, '');
    await eventually(async () => (await running.services.feedOffsets.for(name).load()) === 6n);
    // Only the new event was handled (one catalog lookup), and it produced its invoice.
    expect(catalog.calls - callsBefore).toBe(1);
    const [invoice] = await running.services.invoices.newestForSources([`STATE_FEE:${applicationId}`]);
    expect(invoice?.amountKopecks).toBe(100_000);
    // Its fee invoice is test data too: its payment's events go to TEST keys' webhooks only.
    expect(invoice?.sandbox).toBe(true);
  });

  it('cancels an unpaid fee invoice when its application is withdrawn or rejected, and leaves a paid one alone', async () => {
    const name = 'payments<-applications';
    const serviceId = randomUUID();
    catalog.fees.set(serviceId, { feeKopecks: 160_000, titleRu: 'Регистрация ТС', titleEn: 'Vehicle registration' });
    const [withdrawn, rejected, paid] = [randomUUID(), randomUUID(), randomUUID()];
    producer.publish(...[withdrawn, rejected, paid].map((id) => statusChanged(id, serviceId, payerId, null)));
    const before = await running.services.feedOffsets.for(name).load();
    await eventually(async () => (await running.services.feedOffsets.for(name).load()) === before + 3n);
    // Listed with cancelled ones too (Application.invoice shows only payable or paid invoices).
    const feeOf = async (id: string) =>
      (await running.services.invoices.listForPayer(payerId, { source: 'STATE_FEE' }, pageWindow({ first: 100 }, INVOICES_ORDER))).nodes.find((row) => row.sourceIds.includes(id));
    const paidInvoice = await feeOf(paid);
    const payment = await running.services.payments.pay(payerId, {
      invoiceId: paidInvoice!.id,
      method: 'CARD' as never,
      idempotencyKey: randomUUID(),
      card: { testCardNumber: '4000000000000002', expiry: '01/29', cvc: '000' },
    });
    expect(payment.ok && payment.value.status).toBe('CAPTURED');

    producer.publish(
      statusChanged(withdrawn, serviceId, payerId, 'SUBMITTED', 'WITHDRAWN'),
      statusChanged(rejected, serviceId, payerId, 'IN_PROGRESS', 'REJECTED'),
      statusChanged(paid, serviceId, payerId, 'SUBMITTED', 'WITHDRAWN'),
    );
    await eventually(async () => (await running.services.feedOffsets.for(name).load()) === before + 6n);
    expect((await feeOf(withdrawn))?.status).toBe('CANCELLED');
    expect((await feeOf(rejected))?.status).toBe('CANCELLED');
    expect((await feeOf(paid))?.status).toBe('PAID');
    // A cancelled invoice cannot be paid any more.
    const late = await running.services.payments.pay(payerId, {
      invoiceId: (await feeOf(withdrawn))!.id,
      method: 'CARD' as never,
      idempotencyKey: randomUUID(),
      card: { testCardNumber: '4000000000000002', expiry: '01/29', cvc: '000' },
    });
    expect(late.ok).toBe(false);
    expect(!late.ok && late.problems.map((p) => p.code)).toEqual(['INVOICE_NOT_PAYABLE']);
  });
});
