import { dispatcherFor, eventually, EventPayloadError, feedConsumerName, paymentCaptured, startInMemoryEventFeed, type EventSubscription, type FeedEvent } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { applicationsSubscriptions } from '../src/events/subscriptions';
import type { ApplicationsServices } from '../src/services';
import { StateFeeStatus, stateFeeStatusOf } from '../src/state-fee/state-fee-status';
import { submit } from './support/applications';
import { DATABASE_URL } from './support/env';
import { newUserId } from './support/fixtures';
import { testServices, TestClock } from './support/graph';
import { FEED_TOKEN, startTestServer } from './support/server';
import { createTestDatabase, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let services: ApplicationsServices;
let subscriptions: EventSubscription[];

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db, new TestClock());
  subscriptions = applicationsSubscriptions(services, silentLogger);
});

afterAll(async () => {
  await db?.drop();
});

/** A ZAGS archive certificate costs 200 ₽ in the catalog. */
const PAID_SERVICE = 'zags-archive-certificate';
const PAID_FORM = { recordType: 'Рождение', personFullName: { lastName: 'Иванова', firstName: 'Мария' }, eventYear: 1950, purpose: 'Наследство' };

function captured(sourceIds: string[], overrides: Partial<FeedEvent> & { payload?: Record<string, unknown> } = {}): FeedEvent {
  return {
    seq: '1',
    id: randomUUID(),
    type: paymentCaptured.name,
    source: paymentCaptured.producer,
    occurredAt: new Date().toISOString(),
    subject: { type: 'Payment', id: randomUUID() },
    audience: { userIds: [], departmentIds: [] },
    ...overrides,
    payload: {
      paymentId: randomUUID(),
      invoiceId: randomUUID(),
      source: 'STATE_FEE',
      sourceIds,
      payerId: randomUUID(),
      amountKopecks: 20_000,
      capturedAt: '2026-03-10T09:00:00.000Z',
      sandbox: false,
      actorId: null,
      requestId: null,
      ...overrides.payload,
    },
  };
}

/** The event handed to applications' subscription for payment.captured, as the consumer does. */
const handle = async (event: FeedEvent) => subscriptions.find((subscription) => subscription.contract.name === event.type)!.handle(event);

const reload = async (id: string) => (await db.prisma.application.findUniqueOrThrow({ where: { id } }));

test('a service with a fee is filed UNPAID with the catalog fee; a free one needs none', async () => {
  const paid = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
  const free = await submit(services, newUserId());
  expect(paid.stateFeeKopecks).toBe(20_000);
  expect(stateFeeStatusOf(paid)).toBe(StateFeeStatus.UNPAID);
  expect(free.stateFeeKopecks).toBe(0);
  expect(stateFeeStatusOf(free)).toBe(StateFeeStatus.NOT_REQUIRED);
});

test('payment.captured for the fee marks it PAID once; a redelivery or another source changes nothing', async () => {
  const application = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
  const event = captured([application.id]);
  expect(await handle(event)).toEqual({ status: 'applied', applicationsPaid: 1 });
  const paid = await reload(application.id);
  expect(paid.stateFeePaidAt?.toISOString()).toBe('2026-03-10T09:00:00.000Z');
  expect(stateFeeStatusOf(paid)).toBe(StateFeeStatus.PAID);

  expect(await handle(event)).toEqual({ status: 'duplicate' });
  // The same fee paid again under another event keeps the first payment time.
  const later = captured([application.id], { payload: { capturedAt: '2026-03-11T09:00:00.000Z' } });
  expect(await handle(later)).toEqual({ status: 'applied', applicationsPaid: 0 });
  expect((await reload(application.id)).stateFeePaidAt?.toISOString()).toBe('2026-03-10T09:00:00.000Z');

  const other = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
  expect(await handle(captured([other.id], { payload: { source: 'FINE' } }))).toEqual({ status: 'ignored' });
  // Only payment.captured is subscribed to: other types pass the consumer by.
  expect(subscriptions.map((subscription) => subscription.contract)).toEqual([paymentCaptured]);
  await dispatcherFor(subscriptions)(captured([other.id], { type: 'payment.refunded' }));
  expect(stateFeeStatusOf(await reload(other.id))).toBe(StateFeeStatus.UNPAID);
});

test('a payload that does not fit the contract is refused before the handler and stores nothing', async () => {
  const application = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
  const processedBefore = await db.count('processed_event');
  await expect(handle(captured([application.id], { payload: { capturedAt: 'yesterday' } }))).rejects.toThrow(EventPayloadError);
  await expect(handle(captured([]))).rejects.toThrow(EventPayloadError);
  expect(await db.count('processed_event')).toBe(processedBefore);
  expect((await reload(application.id)).stateFeePaidAt).toBeNull();
  // Ids that are not UUIDs fit the contract but name no application here.
  expect(await handle(captured(['not-a-uuid']))).toEqual({ status: 'applied', applicationsPaid: 0 });
});

test('a free application is never marked paid; a withdrawn unpaid one shows CANCELLED', async () => {
  const free = await submit(services, newUserId());
  expect(await handle(captured([free.id]))).toEqual({ status: 'applied', applicationsPaid: 0 });
  expect(stateFeeStatusOf(await reload(free.id))).toBe(StateFeeStatus.NOT_REQUIRED);
  expect(stateFeeStatusOf({ status: 'WITHDRAWN', stateFeeKopecks: 20_000, stateFeePaidAt: null })).toBe(StateFeeStatus.CANCELLED);
  expect(stateFeeStatusOf({ status: 'REJECTED', stateFeeKopecks: 20_000, stateFeePaidAt: new Date() })).toBe(StateFeeStatus.PAID);
});

test('the subgraph as main.ts starts it follows payments: a captured fee is marked PAID once, woken by the notice', async () => {
  const payments = await startInMemoryEventFeed({ source: paymentCaptured.producer, token: FEED_TOKEN, databaseUrl: DATABASE_URL });
  const server = await startTestServer(db.schema, undefined, { paymentsUrl: payments.graphqlUrl });
  try {
    const application = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
    const event = captured([application.id]);
    // Published after the consumer started, and delivered twice.
    payments.publish(event, event);
    await eventually(async () => (await server.running.services.feedOffsets.for(feedConsumerName('applications', 'payments')).load()) === 2n);
    expect((await reload(application.id)).stateFeePaidAt?.toISOString()).toBe('2026-03-10T09:00:00.000Z');
    expect(await db.count('processed_event', 'event_id = $1', [event.id])).toBe(1);
  } finally {
    await server.running.stop();
    await payments.stop();
  }
});
