import { dropSchema, type FeedEvent, type SubgraphConfig, TestTokens } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { startTaxesFinesSubgraph, type RunningTaxesFines } from '../src/main';
import { DEMO_CITIZEN_ID, DEMO_FINES } from '../src/seed-data';
import { FEED_TOKEN, startTestProducer, type TestProducer } from './support/feed-producer';
import { CITIZEN2, DATABASE_URL } from './support/test-database';

/** The subgraph exactly as main.ts serves it: HTTP, token verification, seed, feed, consumer, scheduler. */
let running: RunningTaxesFines;
let producer: TestProducer;
const tokens = new TestTokens();
const dbSchema = `taxes_fines_http_${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  process.env.LOG_LEVEL = 'silent';
  producer = await startTestProducer();
  const config: SubgraphConfig = {
    port: 0,
    databaseUrl: DATABASE_URL,
    dbSchema,
    jwksUrl: '',
    seedDemoData: true,
    production: false,
    dataDir: '/tmp',
    eventFeedToken: FEED_TOKEN,
    redisUrl: null,
    subgraphUrls: { payments: producer.graphqlUrl },
  };
  running = await startTaxesFinesSubgraph(config, { keySource: tokens.keySource, settings: { reminderIntervalMs: 60_000 } });
});
afterAll(async () => {
  await running?.stop();
  await producer?.stop();
  await dropSchema(DATABASE_URL, dbSchema);
});

async function gql(query: string, variables: object, token?: string) {
  const response = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Fine { id uin amountDue payable } } }`;

describe('taxes-fines over HTTP', () => {
  it("serves payments' _entities call with the owner's forwarded token, and nothing to anyone else", async () => {
    const reps = DEMO_FINES.slice(0, 2).map((fine) => ({ __typename: 'Fine', id: fine.id }));
    const own = await gql(ENTITIES, { reps }, tokens.sign(DEMO_CITIZEN_ID));
    expect(own.errors).toBeUndefined();
    expect(own.data._entities).toHaveLength(2);
    expect(own.data._entities[0]).toMatchObject({ id: DEMO_FINES[0].id, payable: true, amountDue: 25_000 });

    const foreign = await gql(ENTITIES, { reps }, tokens.sign(CITIZEN2));
    expect(foreign.data._entities).toEqual([null, null]);
    expect(foreign.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    const anonymous = await gql(ENTITIES, { reps });
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
  });

  it('marks a fine PAID from the payments feed and serves reminders on its own /events feed', async () => {
    const fineId = DEMO_FINES[0].id;
    const capturedAt = new Date().toISOString();
    const event: FeedEvent = {
      seq: '0',
      id: randomUUID(),
      type: 'payment.captured',
      source: 'payments',
      occurredAt: capturedAt,
      subject: { type: 'Payment', id: randomUUID() },
      audience: { userIds: [DEMO_CITIZEN_ID], departmentIds: [] },
      payload: { paymentId: randomUUID(), invoiceId: randomUUID(), source: 'FINE', sourceIds: [fineId], payerId: DEMO_CITIZEN_ID, amountKopecks: 25_000, capturedAt, sandbox: false, actorId: DEMO_CITIZEN_ID, requestId: null },
    };
    producer.publish(event);
    const token = tokens.sign(DEMO_CITIZEN_ID);
    const deadline = Date.now() + 10_000;
    let status = '';
    while (Date.now() < deadline) {
      status = (await gql(`query($id: ID!) { fine(id: $id) { status } }`, { id: fineId }, token)).data?.fine?.status;
      if (status === 'PAID') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe('PAID');

    // The seeded fine decided 18 days ago has its discount ending in 2 days: the scheduler's first tick reminded.
    await running.services.reminders.sendDue(); // idempotent: whether or not the first tick already ran
    const feedUrl = running.url.replace(/\/graphql$/, '/events');
    expect((await fetch(feedUrl)).status).toBe(401);
    const feed = (await (await fetch(`${feedUrl}?after=0`, { headers: { authorization: `Bearer ${FEED_TOKEN}` } })).json()) as { events: FeedEvent[] };
    expect(feed.events.map((e) => e.type)).toContain('fine.discount_ending');
    expect(feed.events.every((e) => e.source === 'taxes-fines')).toBe(true);
  });
});
