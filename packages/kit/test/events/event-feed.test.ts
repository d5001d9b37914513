import { randomUUID } from 'node:crypto';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { mountEventFeed } from '../../src/events/event-feed';
import { startFeedConsumer } from '../../src/events/feed-consumer';
import { EventPayloadError } from '../../src/events/event-contract';
import { feedUrlOf } from '../../src/events/feed-url';
import type { FeedEvent } from '../../src/events/domain-event';

const TOKEN = 'test-feed-token';
const logger = pino({ level: 'silent' });

/** A real producer: an outbox (in memory) served by the kit's feed route over HTTP. */
function producer() {
  const rows: FeedEvent[] = [];
  const reads = { count: 0 };
  const app = express();
  mountEventFeed(app, {
    token: TOKEN,
    readAfter: async (after, limit) => ((reads.count += 1), rows.filter((r) => BigInt(r.seq) > after).slice(0, limit)),
    readHead: async () => BigInt(rows.at(-1)?.seq ?? 0),
  });
  let server: Server;
  return {
    rows,
    get reads() {
      return reads.count;
    },
    add(n: number) {
      for (let i = 0; i < n; i++) {
        const seq = rows.length + 1;
        rows.push({ seq: String(seq), id: randomUUID(), type: 'thing.happened', source: 'test', occurredAt: new Date().toISOString(), subject: { type: 'Thing', id: `t${seq}` }, audience: { userIds: ['u1'], departmentIds: [] }, payload: { n: seq } });
      }
    },
    async start(port = 0) {
      server = app.listen(port);
      await new Promise((resolve) => server.once('listening', resolve));
      return `http://localhost:${(server.address() as AddressInfo).port}/graphql`;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until(condition: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('event feed', () => {
  const feed = producer();
  let url: string;
  beforeAll(async () => {
    feed.add(3);
    url = feedUrlOf(await feed.start());
  });
  afterAll(() => feed.stop());

  it('refuses a caller without the internal token', async () => {
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('serves events in order after a position, with the envelope consumers rely on', async () => {
    const response = await fetch(`${url}?after=1`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const { events } = (await response.json()) as { events: FeedEvent[] };
    expect(events.map((e) => e.seq)).toEqual(['2', '3']);
    expect(events[0]).toMatchObject({ type: 'thing.happened', source: 'test', subject: { type: 'Thing', id: 't2' }, audience: { userIds: ['u1'] } });
    expect(events[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports its head for readers that start at "now", and refuses a bad position', async () => {
    const head = await (await fetch(`${url}?after=latest`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    expect(head).toEqual({ events: [], head: '3' });
    expect((await fetch(`${url}?after=-1`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(400);
  });
});

describe('feed consumer', () => {
  it('handles every event once in order, resumes from its offset, and retries a failed event', async () => {
    const feed = producer();
    feed.add(5);
    const graphqlUrl = await feed.start();
    let offset = 0n;
    const handled: string[] = [];
    let failOnce = true;
    const consumer = startFeedConsumer({
      name: 'test',
      feedUrl: feedUrlOf(graphqlUrl),
      token: TOKEN,
      offsets: { load: async () => offset, save: async (seq) => void (offset = seq) },
      handle: async (event) => {
        if (event.seq === '3' && failOnce) {
          failOnce = false;
          throw new Error('handler failed once');
        }
        handled.push(event.seq);
      },
      logger,
      pollIntervalMs: 20,
    });
    await until(() => handled.length === 5);
    expect(handled).toEqual(['1', '2', '3', '4', '5']);
    await consumer.stop();

    // Down while events happen; a new consumer carries on from the stored offset.
    feed.add(3);
    const again = startFeedConsumer({
      name: 'test',
      feedUrl: feedUrlOf(graphqlUrl),
      token: TOKEN,
      offsets: { load: async () => offset, save: async (seq) => void (offset = seq) },
      handle: async (event) => void handled.push(event.seq),
      logger,
      pollIntervalMs: 20,
    });
    await until(() => handled.length === 8);
    expect(handled.slice(5)).toEqual(['6', '7', '8']);
    await again.stop();
    await feed.stop();
  });

  it('passes over an event whose payload does not fit its contract instead of retrying it forever', async () => {
    const feed = producer();
    feed.add(3);
    const graphqlUrl = await feed.start();
    const handled: string[] = [];
    const consumer = startFeedConsumer({
      name: 'test',
      feedUrl: feedUrlOf(graphqlUrl),
      token: TOKEN,
      offsets: { load: async () => 0n, save: async () => undefined },
      handle: async (event) => {
        if (event.seq === '2') throw new EventPayloadError('thing.happened', ['/n: expected a string']);
        handled.push(event.seq);
      },
      logger,
      pollIntervalMs: 20,
    });
    await until(() => handled.length === 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(handled).toEqual(['1', '3']);
    await consumer.stop();
    await feed.stop();
  });

  it('with push wake-ups, reads the feed when woken and otherwise only at the sweep', async () => {
    const feed = producer();
    const graphqlUrl = await feed.start();
    const handled: string[] = [];
    const wakers = new Set<() => void>();
    const consumer = startFeedConsumer({
      name: 'test',
      feedUrl: feedUrlOf(graphqlUrl),
      token: TOKEN,
      offsets: { load: async () => 0n, save: async () => undefined },
      handle: async (event) => void handled.push(event.seq),
      logger,
      wakeOn: (wake) => (wakers.add(wake), () => wakers.delete(wake)),
      sweepMs: 60_000,
    });
    await new Promise((r) => setTimeout(r, 300));
    const readsWhileQuiet = feed.reads;
    feed.add(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(handled).toEqual([]); // nobody woke it: no polling
    for (const wake of wakers) wake();
    await until(() => handled.length === 2);
    expect(handled).toEqual(['1', '2']);
    expect(readsWhileQuiet).toBe(1);
    await consumer.stop();
    expect(wakers.size).toBe(0);
    await feed.stop();
  });

  it('waits for a producer that is down and catches up when it is back', async () => {
    const feed = producer();
    feed.add(2);
    const graphqlUrl = await feed.start();
    const port = new URL(graphqlUrl).port;
    await feed.stop();
    const handled: string[] = [];
    const consumer = startFeedConsumer({
      name: 'test',
      feedUrl: feedUrlOf(graphqlUrl),
      token: TOKEN,
      offsets: { load: async () => 0n, save: async () => undefined },
      handle: async (event) => void handled.push(event.seq),
      logger,
      pollIntervalMs: 20,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(handled).toEqual([]);
    await feed.start(Number(port));
    await until(() => handled.length === 2);
    await consumer.stop();
    await feed.stop();
  });

  it('asks a quiet feed less and less often, and picks up the next event at the base rate', async () => {
    const feed = producer();
    let requests = 0;
    const graphqlUrl = await feed.start();
    const handled: string[] = [];
    const consumer = startFeedConsumer({
      name: 'test',
      feedUrl: feedUrlOf(graphqlUrl),
      token: TOKEN,
      offsets: { load: async () => 0n, save: async () => undefined },
      handle: async (event) => void handled.push(event.seq),
      logger,
      pollIntervalMs: 10,
      idlePollMaxMs: 80,
    });
    // Count the consumer's polls: without the backoff, 600 ms at 10 ms would be ~60.
    const counting = feed.rows;
    const readAfter = counting.filter.bind(counting);
    counting.filter = ((...args: Parameters<typeof readAfter>) => (requests++, readAfter(...args))) as typeof counting.filter;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(requests).toBeGreaterThan(3);
    expect(requests).toBeLessThan(15);
    feed.add(1);
    await until(() => handled.length === 1, 1000);
    expect(handled).toEqual(['1']);
    await consumer.stop();
    await feed.stop();
  });
});
