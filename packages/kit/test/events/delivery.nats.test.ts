import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { SqlSchema } from '../../src/db/sql-schema';
import type { FeedEvent } from '../../src/events/domain-event';
import { openEventDelivery, type EventDelivery } from '../../src/events/event-delivery';
import { listDeadLetters, replayDeadLetter } from '../../src/events/nats/dead-letters';
import { connectNatsEvents } from '../../src/events/nats/nats-events';
import { Outbox } from '../../src/events/outbox';
import type { FeedOffsetStore } from '../../src/events/feed-offset-store';
import { createOutboxTestSchema, type OutboxTestSchema } from '../../src/testing/outbox-test-schema';

const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
import { parcel, parcelDelivered } from './support/test-events';

const NATS_URL = process.env.EVENTS_NATS_URL ?? 'nats://127.0.0.1:4222';
const logger = pino({ level: 'silent' });
const noOffsets = {} as FeedOffsetStore; // NATS keeps the positions of its durable consumers itself

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('event delivery through NATS JetStream', () => {
  let db: OutboxTestSchema;
  let sql: OutboxTestSchema['db'];
  let outbox: Outbox;
  let prefix: string;
  const opened: EventDelivery[] = [];
  const open = async () => {
    const delivery = await openEventDelivery('kit-test', { databaseUrl: TEST_DATABASE_URL, natsUrl: NATS_URL, eventsPrefix: prefix, subgraphUrls: {}, eventFeedToken: 't' }, logger);
    opened.push(delivery);
    return delivery;
  };
  const append = (n: number) => sql.transaction((tx) => outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: `p-${n}` }, payload: parcel(n) }));

  beforeEach(async () => {
    prefix = `kittest${randomBytes(4).toString('hex')}`;
    db = await createOutboxTestSchema(TEST_DATABASE_URL);
    sql = db.db;
    outbox = new Outbox(sql, 'post', new SqlSchema(db.schema));
  });
  afterEach(async () => {
    for (const delivery of opened.splice(0)) await delivery.close();
    const nats = await connectNatsEvents({ url: NATS_URL, prefix, name: 'cleanup', logger });
    await nats.jsm.streams.delete(nats.stream).catch(() => undefined);
    await nats.jsm.streams.delete(nats.deadLetterStream).catch(() => undefined);
    await nats.close();
    await db.drop();
  });

  it('relays committed outbox rows in order to a durable consumer, each once, and resumes after both restart', async () => {
    const producer = await open();
    const consumer = await open();
    const handled: string[] = [];
    const handle = async (event: FeedEvent) => void handled.push(event.subject.id);
    const relay = producer.relay(outbox, sql);
    let consuming = await consumer.consume({ consumer: 'mail', producer: 'post', handle, offsets: noOffsets });
    for (let n = 1; n <= 5; n++) await append(n);
    await until(() => handled.length === 5);

    // Both stop; events appended meanwhile wait in the outbox, then flow on.
    await consuming.stop();
    await relay.stop();
    for (let n = 6; n <= 8; n++) await append(n);
    const relayAgain = producer.relay(outbox, sql);
    consuming = await consumer.consume({ consumer: 'mail', producer: 'post', handle, offsets: noOffsets });
    await until(() => handled.length === 8);
    await new Promise((r) => setTimeout(r, 300));
    expect(handled).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7', 'p-8']);
    await consuming.stop();
    await relayAgain.stop();
  });

  it('drops a re-published event as a duplicate (the relay lost its position)', async () => {
    const producer = await open();
    const consumer = await open();
    const handled: string[] = [];
    const relay = producer.relay(outbox, sql);
    const consuming = await consumer.consume({ consumer: 'mail', producer: 'post', handle: async (e) => void handled.push(e.id), offsets: noOffsets });
    await append(1);
    await append(2);
    await until(() => handled.length === 2);
    await relay.stop();
    await db.client.query(`UPDATE "${db.schema}"."outbox_relay" SET seq = 0`);
    const again = producer.relay(outbox, sql);
    await append(3);
    await until(() => handled.length >= 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(handled).toHaveLength(3);
    expect(new Set(handled).size).toBe(3);
    await consuming.stop();
    await again.stop();
  });

  it('redelivers a failing event with backoff, then puts it in the dead letters and goes on; a replay delivers it again', async () => {
    const producer = await open();
    const consumer = await open();
    const attempts = new Map<string, number>();
    let broken = true;
    const handled: string[] = [];
    const relay = producer.relay(outbox, sql);
    const consuming = await consumer.consume({
      consumer: 'mail',
      producer: 'post',
      offsets: noOffsets,
      handle: async (event) => {
        attempts.set(event.subject.id, (attempts.get(event.subject.id) ?? 0) + 1);
        if (event.subject.id === 'p-1' && broken) throw new Error('mail server refused');
        handled.push(event.subject.id);
      },
    });
    await append(1);
    await append(2);
    await until(() => handled.includes('p-2'), 30_000);
    expect(attempts.get('p-1')).toBe(6);
    expect(handled).toEqual(['p-2']);

    const nats = await connectNatsEvents({ url: NATS_URL, prefix, name: 'operator', logger });
    try {
      const [letter, ...more] = await listDeadLetters(nats);
      expect(more).toHaveLength(0);
      expect(letter).toMatchObject({ consumer: 'mail<-post', producer: 'post', error: 'mail server refused', deliveries: 6 });
      expect(JSON.parse(letter.data).subject.id).toBe('p-1');
      broken = false;
      await replayDeadLetter(nats, letter.seq);
      await until(() => handled.includes('p-1'));
      expect(await listDeadLetters(nats)).toEqual([]);
    } finally {
      await nats.close();
    }
    await consuming.stop();
    await relay.stop();
  }, 40_000);
});
