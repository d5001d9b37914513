import { createLogger, createOutboxTestSchema, defineEvent, mountEventFeed, Outbox, SqlSchema, Type, type FeedEvent, type OutboxTestSchema } from '@eco/kit';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startNoticeLiveEvents } from '../src/live/notice-live-events';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const TOKEN = 'feed-token';
const letterSent = defineEvent({
  name: 'letter.sent',
  producer: 'post',
  description: 'A letter was sent.',
  liveFields: ['letterSent'],
  payload: Type.Object({ n: Type.Integer(), text: Type.String() }),
});

/** The gateway's PostgreSQL-mode live source against a real outbox, its NOTIFY and its feed. */
describe('live events from outbox notices', () => {
  let db: OutboxTestSchema;
  let outbox: Outbox;
  let server: Server;
  let feedReads = 0;
  const append = (n: number, text = 'short') => db.db.transaction((tx) => outbox.append(tx, letterSent, { subject: { type: 'Letter', id: `l-${n}` }, audience: { userIds: ['u-1'] }, payload: { n, text } }));

  beforeEach(async () => {
    db = await createOutboxTestSchema(DATABASE_URL);
    outbox = new Outbox(db.db, 'post', new SqlSchema(db.schema));
    const app = express();
    mountEventFeed(app, {
      token: TOKEN,
      readAfter: (after, limit) => ((feedReads += 1), outbox.readAfter(after, limit)),
      readHead: () => outbox.head(),
      outbox: outbox.name,
    });
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    feedReads = 0;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.drop();
  });

  async function listening() {
    const live = startNoticeLiveEvents({
      databaseUrl: DATABASE_URL,
      subgraphs: [{ name: 'post', url: `http://localhost:${(server.address() as AddressInfo).port}/graphql` }],
      token: TOKEN,
      logger: createLogger('test', 'silent'),
    });
    const received: FeedEvent[] = [];
    live.onEvent((event) => received.push(event));
    await new Promise((r) => setTimeout(r, 300)); // LISTEN connected, head read
    return { live, received };
  }
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  };

  it('delivers committed events in order from the notices alone, without reading the feed', async () => {
    await append(0); // before the gateway started: not news
    const { live, received } = await listening();
    const readsAtStart = feedReads;
    for (let n = 1; n <= 5; n++) await append(n);
    await until(() => received.length === 5);
    await live.stop();
    expect(received.map((event) => event.payload.n)).toEqual([1, 2, 3, 4, 5]);
    expect(received[0]).toMatchObject({ type: 'letter.sent', source: 'post', audience: { userIds: ['u-1'], liveFields: ['letterSent'] } });
    expect(feedReads).toBe(readsAtStart);
  });

  it('fills a gap (a rolled-back append) and a notice too large to carry its event from the feed', async () => {
    const { live, received } = await listening();
    await append(1);
    await db.db.transaction(async (tx) => {
      await outbox.append(tx, letterSent, { subject: { type: 'Letter', id: 'never' }, payload: { n: -1, text: 'rolled back' } });
      throw new Error('the change failed');
    }).catch(() => undefined);
    await append(2);
    await append(3, 'x'.repeat(10_000));
    await append(4);
    await until(() => received.length === 4);
    await live.stop();
    expect(received.map((event) => event.payload.n)).toEqual([1, 2, 3, 4]);
    expect((received[2].payload.text as string).length).toBe(10_000);
    expect(feedReads).toBeGreaterThan(0);
  });

  it('keeps to its producer\'s outbox when another deployment of the same producer shares the database', async () => {
    const other = await createOutboxTestSchema(DATABASE_URL);
    try {
      const otherOutbox = new Outbox(other.db, 'post', new SqlSchema(other.schema));
      const { live, received } = await listening();
      await other.db.transaction((tx) => otherOutbox.append(tx, letterSent, { subject: { type: 'Letter', id: 'elsewhere' }, payload: { n: 1, text: 'not ours' } }));
      await append(1);
      await other.db.transaction((tx) => otherOutbox.append(tx, letterSent, { subject: { type: 'Letter', id: 'elsewhere' }, payload: { n: 2, text: 'not ours' } }));
      await append(2);
      await until(() => received.length >= 2);
      await new Promise((r) => setTimeout(r, 200));
      await live.stop();
      expect(received.map((event) => [event.payload.n, event.payload.text])).toEqual([
        [1, 'short'],
        [2, 'short'],
      ]);
    } finally {
      await other.drop();
    }
  });
});
