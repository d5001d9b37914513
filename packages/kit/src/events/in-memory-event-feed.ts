import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FeedEvent } from './domain-event';
import { Client } from 'pg';
import { mountEventFeed } from './event-feed';
import { OUTBOX_CHANNEL, type OutboxNotice } from './outbox-notice';

export interface InMemoryEventFeed {
  /** The producer's "GraphQL URL": its feed is beside it at /events (feedUrlOf). */
  graphqlUrl: string;
  /** Appends events to the feed, numbering them; returns them as served. */
  publish(...events: FeedEvent[]): FeedEvent[];
  /** How many feed pages were served (to see a consumer polling). */
  requests: number;
  stop(): Promise<void>;
}

/**
 * A small but real producer for consumer tests: the kit's own feed route (the real protocol,
 * token included) over an outbox kept in memory, standing in for another subgraph.
 */
export async function startInMemoryEventFeed(options: {
  source: string;
  token: string;
  /** Announce each publish on this database's outbox channel, as a real producer's commit does. */
  databaseUrl?: string;
}): Promise<InMemoryEventFeed> {
  const rows: FeedEvent[] = [];
  const notifier = options.databaseUrl ? new Client({ connectionString: options.databaseUrl }) : null;
  await notifier?.connect();
  // One NOTIFY after another, in publish order.
  let announcing = Promise.resolve();
  const announce = (row: FeedEvent) => {
    if (!notifier) return;
    const notice: OutboxNotice = { source: options.source, seq: row.seq, event: row };
    announcing = announcing.then(() => notifier.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, JSON.stringify(notice)])).then(
      () => undefined,
      () => undefined,
    );
  };
  const app = express();
  const feed: InMemoryEventFeed = {
    graphqlUrl: '',
    requests: 0,
    publish(...events: FeedEvent[]) {
      return events.map((event) => {
        const row: FeedEvent = { ...event, source: options.source, seq: String(rows.length + 1) };
        rows.push(row);
        announce(row);
        return row;
      });
    },
    stop: async () => undefined,
  };
  mountEventFeed(app, {
    token: options.token,
    readAfter: async (after, limit) => {
      feed.requests += 1;
      return rows.filter((row) => BigInt(row.seq) > after).slice(0, limit);
    },
    readHead: async () => BigInt(rows.at(-1)?.seq ?? 0),
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feed.graphqlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  feed.stop = async () => {
    await announcing;
    await notifier?.end().catch(() => undefined);
    await new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  };
  return feed;
}
