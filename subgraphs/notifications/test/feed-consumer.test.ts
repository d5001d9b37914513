import { dispatcherFor, feedConsumerName, openEventDelivery, type EventDelivery, type FeedEvent, type Stoppable } from '@eco/kit';
import { notificationsSubscriptions } from '../src/events/subscriptions';
import { statusChanged } from './support/events';
import { FEED_TOKEN, startTestProducer, type TestProducer } from './support/feed-producer';
import { createTestDatabase, DATABASE_URL, eventually, silentLogger, type TestDatabase } from './support/test-database';

/*
 * notifications' durable consumer of the applications feed, as startSubgraph opens it in the
 * PostgreSQL mode: the feed read from the stored offset, woken by the producer's outbox notices.
 */

let db: TestDatabase;
let producer: TestProducer;
let delivery: EventDelivery;

beforeEach(async () => {
  db = await createTestDatabase();
  producer = await startTestProducer();
  delivery = await openEventDelivery(
    'notifications',
    { databaseUrl: DATABASE_URL, natsUrl: null, eventsPrefix: 'eco', subgraphUrls: { applications: producer.graphqlUrl }, eventFeedToken: FEED_TOKEN },
    silentLogger,
  );
});

afterEach(async () => {
  await delivery?.close();
  await producer?.stop();
  await db?.close();
});

/** The subscriptions' dispatcher, or `handle` standing in front of it. */
function consume(handle: (event: FeedEvent) => Promise<void> = dispatcherFor(notificationsSubscriptions(db.services, silentLogger))): Promise<Stoppable> {
  return delivery.consume({ consumer: 'notifications', producer: 'applications', handle, offsets: db.services.feedOffsets });
}

const storedOffset = () => db.services.feedOffsets.for(feedConsumerName('notifications', 'applications')).load();

describe('the durable consumer of the applications feed', () => {
  it('catches up after being down: 50 status changes made meanwhile give 50 notifications, none twice', async () => {
    const first = await consume();
    producer.publish(statusChanged({ to: 'SUBMITTED' }));
    await eventually(async () => (await db.count('notification')) === 1);
    await first.stop();

    const events = producer.publish(...Array.from({ length: 50 }, (_, i) => statusChanged({ to: i % 2 ? 'REGISTERED' : 'IN_PROGRESS' })));
    const second = await consume();
    await eventually(async () => (await storedOffset()) === 51n);
    await second.stop();

    expect(await db.count('notification')).toBe(51);
    const counts = await db.pool.query(`SELECT source_event_id, count(*)::int AS n FROM "${db.schema}".notification GROUP BY 1 HAVING count(*) > 1`);
    expect(counts.rows).toEqual([]);
    for (const event of events) expect(await db.count('notification', 'source_event_id = $1', [event.id])).toBe(1);
    expect(await db.count('outbox_event')).toBe(51);

    // A redelivery of the whole feed (offset lost) creates nothing new.
    await db.services.feedOffsets.for(feedConsumerName('notifications', 'applications')).save(0n);
    const replay = await consume();
    await eventually(async () => (await storedOffset()) === 51n);
    await replay.stop();
    expect(await db.count('notification')).toBe(51);
    expect(await db.count('outbox_event')).toBe(51);
  });

  it('is woken by the producer’s notice, not by polling: an idle consumer handles a new event at once', async () => {
    const consumer = await consume();
    await eventually(async () => producer.requests >= 1);
    const before = producer.requests;
    // Idle: no steady polling of a quiet feed.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(producer.requests).toBe(before);
    const [event] = producer.publish(statusChanged({ to: 'SUBMITTED' }));
    await eventually(async () => (await db.count('notification', 'source_event_id = $1', [event.id])) === 1, 5_000);
    await consumer.stop();
  });

  it('resumes from the stored offset after a restart instead of starting over', async () => {
    const firstBatch = producer.publish(...Array.from({ length: 5 }, () => statusChanged({ to: 'REGISTERED' })));
    const first = await consume();
    await eventually(async () => (await storedOffset()) === 5n);
    await first.stop();

    const secondBatch = producer.publish(...Array.from({ length: 3 }, () => statusChanged({ to: 'COMPLETED' })));
    const seen: string[] = [];
    const dispatch = dispatcherFor(notificationsSubscriptions(db.services, silentLogger));
    const second = await consume((event) => (seen.push(event.id), dispatch(event)));
    await eventually(async () => (await storedOffset()) === 8n);
    await second.stop();

    expect(seen).toEqual(secondBatch.map((event) => event.id));
    expect(seen).not.toContain(firstBatch[0].id);
    expect(await db.count('notification')).toBe(8);
  });

  it('never skips an event whose handling failed: it retries it, and later events wait', async () => {
    const [a, x, b] = producer.publish(statusChanged({ to: 'SUBMITTED' }), statusChanged({ to: 'REGISTERED' }), statusChanged({ to: 'IN_PROGRESS' }));
    let failuresLeft = 2;
    const order: string[] = [];
    let offsetWhileFailing: bigint | null = null;
    const dispatch = dispatcherFor(notificationsSubscriptions(db.services, silentLogger));
    const consumer = await consume(async (event) => {
      if (event.id === x.id && failuresLeft > 0) {
        failuresLeft -= 1;
        offsetWhileFailing = await storedOffset();
        throw new Error('database hiccup');
      }
      order.push(event.id);
      await dispatch(event);
    });
    await eventually(async () => (await storedOffset()) === 3n);
    await consumer.stop();

    expect(failuresLeft).toBe(0);
    expect(offsetWhileFailing).toBe(1n);
    expect(order).toEqual([a.id, x.id, b.id]);
    for (const event of [a, x, b]) expect(await db.count('notification', 'source_event_id = $1', [event.id])).toBe(1);
  });
});
