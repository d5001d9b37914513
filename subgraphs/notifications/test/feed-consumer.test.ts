import type { FeedConsumer, FeedEvent } from '@eco/kit';
import { consumerName, startEventConsumers } from '../src/events/event-consumers';
import { EventRegistry } from '../src/events/event-registry';
import { applicationStatusChanged } from '../src/events/handlers/application-status-changed';
import type { EventProcessor } from '../src/events/event-processor';
import { statusChanged } from './support/events';
import { FEED_TOKEN, startTestProducer, type TestProducer } from './support/feed-producer';
import { createTestDatabase, eventually, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let producer: TestProducer;

beforeEach(async () => {
  db = await createTestDatabase();
  producer = await startTestProducer();
});

afterEach(async () => {
  await producer?.stop();
  await db?.close();
});

function consume(processor: Pick<EventProcessor, 'process'> = db.services.events): FeedConsumer {
  return startEventConsumers({
    // Only the applications feed is served here; the other sources' consumers are not under test.
    registry: new EventRegistry([applicationStatusChanged]),
    processor,
    offsets: db.services.feedOffsets,
    subgraphUrls: { applications: producer.graphqlUrl },
    eventFeedToken: FEED_TOKEN,
    pollIntervalMs: 10,
    logger: silentLogger,
  });
}

const storedOffset = () => db.services.feedOffsets.for(consumerName('applications')).load();

describe('the durable consumer of the applications feed', () => {
  it('catches up after being down: 50 status changes made meanwhile give 50 notifications, none twice', async () => {
    const first = consume();
    producer.publish(statusChanged({ to: 'SUBMITTED' }));
    await eventually(async () => (await db.count('notification')) === 1);
    await first.stop();

    const events = producer.publish(...Array.from({ length: 50 }, (_, i) => statusChanged({ to: i % 2 ? 'REGISTERED' : 'IN_PROGRESS' })));
    const second = consume();
    await eventually(async () => (await storedOffset()) === 51n);
    await second.stop();

    expect(await db.count('notification')).toBe(51);
    const counts = await db.pool.query(`SELECT source_event_id, count(*)::int AS n FROM "${db.schema}".notification GROUP BY 1 HAVING count(*) > 1`);
    expect(counts.rows).toEqual([]);
    for (const event of events) expect(await db.count('notification', 'source_event_id = $1', [event.id])).toBe(1);
    expect(await db.count('outbox_event')).toBe(51);

    // A redelivery of the whole feed (offset lost) creates nothing new.
    await db.services.feedOffsets.for(consumerName('applications')).save(0n);
    const replay = consume();
    await eventually(async () => (await storedOffset()) === 51n);
    await replay.stop();
    expect(await db.count('notification')).toBe(51);
    expect(await db.count('outbox_event')).toBe(51);
  });

  it('resumes from the stored offset after a restart instead of starting over', async () => {
    const firstBatch = producer.publish(...Array.from({ length: 5 }, () => statusChanged({ to: 'REGISTERED' })));
    const first = consume();
    await eventually(async () => (await storedOffset()) === 5n);
    await first.stop();

    const secondBatch = producer.publish(...Array.from({ length: 3 }, () => statusChanged({ to: 'COMPLETED' })));
    const seen: string[] = [];
    const spy = { process: (event: FeedEvent) => (seen.push(event.id), db.services.events.process(event)) };
    const second = consume(spy);
    await eventually(async () => (await storedOffset()) === 8n);
    await second.stop();

    expect(seen).toEqual(secondBatch.map((event) => event.id));
    expect(seen).not.toContain(firstBatch[0].id);
    expect(await db.count('notification')).toBe(8);
  });

  it('never skips an event whose handling failed: it retries it, and later events wait', async () => {
    const [a, x, b] = producer.publish(statusChanged({ to: 'SUBMITTED' }), statusChanged({ to: 'REGISTERED' }), statusChanged({ to: 'IN_PROGRESS' }));
    let failuresLeft = 3;
    const order: string[] = [];
    let offsetWhileFailing: bigint | null = null;
    const flaky = {
      async process(event: FeedEvent) {
        if (event.id === x.id && failuresLeft > 0) {
          failuresLeft -= 1;
          offsetWhileFailing = await storedOffset();
          throw new Error('database hiccup');
        }
        order.push(event.id);
        return db.services.events.process(event);
      },
    };
    const consumer = consume(flaky);
    await eventually(async () => (await storedOffset()) === 3n);
    await consumer.stop();

    expect(failuresLeft).toBe(0);
    expect(offsetWhileFailing).toBe(1n);
    expect(order).toEqual([a.id, x.id, b.id]);
    for (const event of [a, x, b]) expect(await db.count('notification', 'source_event_id = $1', [event.id])).toBe(1);
  });
});
