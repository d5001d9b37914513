import { dispatcherFor, feedConsumerName, openEventDelivery, paymentCaptured, type EventDelivery, type FeedEvent, type PayloadOf, type Stoppable } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { taxesFinesSubscriptions } from '../src/events/subscriptions';
import { day } from '../src/shared/calendar';
import { FEED_TOKEN, startTestProducer, type TestProducer } from './support/feed-producer';
import { CITIZEN, createTestDatabase, DATABASE_URL, insertFine, insertTax, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let producer: TestProducer;
let delivery: EventDelivery | null = null;
let consumer: Stoppable | null = null;

beforeEach(async () => {
  db = await createTestDatabase();
  producer = await startTestProducer();
});
afterEach(async () => {
  await consumer?.stop();
  consumer = null;
  await delivery?.close();
  delivery = null;
  await producer?.stop();
  await db?.close();
});

/** `payment.captured` exactly as payments writes it (its contract). */
function captured(source: PayloadOf<typeof paymentCaptured>['source'], sourceIds: string[], amountKopecks: number, capturedAt: string): FeedEvent {
  const paymentId = randomUUID();
  const payload: PayloadOf<typeof paymentCaptured> = {
    paymentId,
    invoiceId: randomUUID(),
    source,
    sourceIds,
    payerId: CITIZEN,
    amountKopecks,
    capturedAt,
    sandbox: false,
    actorId: CITIZEN,
    requestId: null,
  };
  return {
    seq: '0',
    id: randomUUID(),
    type: paymentCaptured.name,
    source: paymentCaptured.producer,
    occurredAt: capturedAt,
    subject: { type: 'Payment', id: paymentId },
    audience: { userIds: [CITIZEN], departmentIds: [] },
    payload,
  };
}

// The consumer exactly as startSubgraph starts it for main.ts (PostgreSQL mode: the feed, woken by notices).
const PAYMENTS_CONSUMER = feedConsumerName('taxes-fines', 'payments');
async function consume(): Promise<Stoppable> {
  delivery ??= await openEventDelivery('taxes-fines', { databaseUrl: DATABASE_URL, natsUrl: null, eventsPrefix: 'eco', subgraphUrls: { payments: producer.graphqlUrl }, eventFeedToken: FEED_TOKEN }, silentLogger);
  return delivery.consume({ consumer: 'taxes-fines', producer: 'payments', handle: dispatcherFor(taxesFinesSubscriptions(db.services, silentLogger)), offsets: db.services.feedOffsets });
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const storedOffset = () => db.services.feedOffsets.for(PAYMENTS_CONSUMER).load();

describe('the durable consumer of the payments feed', () => {
  it('marks the fines of a captured invoice PAID once (by event id and by status), with the amount paid', async () => {
    // Decided 2 March: day 20 is 22 March. Paid together on day 20: each at half.
    const a = await insertFine(db, { decisionDate: day('2026-03-02'), amountKopecks: 50_000 });
    const b = await insertFine(db, { decisionDate: day('2026-03-02'), amountKopecks: 100_000 });
    const untouched = await insertFine(db);
    const [event] = producer.publish(captured('FINE', [a.id, b.id], 75_000, '2026-03-22T15:00:00.000Z'));
    consumer = await consume();
    await eventually(async () => (await storedOffset()) === 1n);

    const rows = await db.prisma.fine.findMany({ where: { id: { in: [a.id, b.id, untouched.id] } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(a.id)).toMatchObject({ state: 'PAID', paidAmountKopecks: 25_000, paidAt: new Date('2026-03-22T15:00:00.000Z') });
    expect(byId.get(b.id)).toMatchObject({ state: 'PAID', paidAmountKopecks: 50_000 });
    expect(byId.get(untouched.id)!.state).toBe('UNPAID');

    // Redelivered (the offset lost) and the same items paid again by a new event: nothing changes.
    await consumer.stop();
    await db.services.feedOffsets.for(PAYMENTS_CONSUMER).save(0n);
    producer.publish(captured('FINE', [a.id], 50_000, '2026-03-25T10:00:00.000Z'));
    consumer = await consume();
    await eventually(async () => (await storedOffset()) === 2n);
    expect(await db.count('processed_event')).toBe(2);
    const again = await db.prisma.fine.findUniqueOrThrow({ where: { id: a.id } });
    expect(again).toMatchObject({ state: 'PAID', paidAmountKopecks: 25_000, paidAt: new Date('2026-03-22T15:00:00.000Z') });
    expect(await db.count('processed_event', 'event_id = $1', [event.id])).toBe(1);
  });

  it('day 21 pays the full amount; taxes are marked too; other sources are ignored', async () => {
    const late = await insertFine(db, { decisionDate: day('2026-03-02'), amountKopecks: 50_000 });
    const other = await insertFine(db, { decisionDate: day('2026-03-02'), amountKopecks: 30_000 });
    const tax = await insertTax(db);
    producer.publish(
      captured('FINE', [late.id, other.id], 80_000, '2026-03-22T21:30:00.000Z'), // 00:30 MSK on day 21
      captured('TAX', [tax.id], tax.amountKopecks, '2026-11-20T10:00:00.000Z'),
      captured('STATE_FEE', [randomUUID()], 350_000, '2026-11-20T10:00:00.000Z'),
    );
    consumer = await consume();
    await eventually(async () => (await storedOffset()) === 3n);
    expect(await db.prisma.fine.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ state: 'PAID', paidAmountKopecks: 50_000 });
    expect(await db.prisma.taxAccrual.findUniqueOrThrow({ where: { id: tax.id } })).toMatchObject({ state: 'PAID', paidAmountKopecks: tax.amountKopecks });
    expect(await db.count('processed_event')).toBe(2);
  });
});
