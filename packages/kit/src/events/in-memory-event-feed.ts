import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FeedEvent } from './domain-event';
import { mountEventFeed } from './event-feed';
import type { OutboxRow } from './outbox';

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
export async function startInMemoryEventFeed(options: { source: string; token: string }): Promise<InMemoryEventFeed> {
  const rows: OutboxRow[] = [];
  const app = express();
  const feed: InMemoryEventFeed = {
    graphqlUrl: '',
    requests: 0,
    publish(...events: FeedEvent[]) {
      return events.map((event) => {
        const row: OutboxRow = {
          seq: BigInt(rows.length + 1),
          id: event.id,
          type: event.type,
          subjectType: event.subject.type,
          subjectId: event.subject.id,
          audience: event.audience,
          payload: event.payload,
          occurredAt: new Date(event.occurredAt),
        };
        rows.push(row);
        return { ...event, seq: row.seq.toString() };
      });
    },
    stop: async () => undefined,
  };
  mountEventFeed(app, {
    source: options.source,
    token: options.token,
    readAfter: async (after, limit) => {
      feed.requests += 1;
      return rows.filter((row) => row.seq > after).slice(0, limit);
    },
    readHead: async () => rows.at(-1)?.seq ?? 0n,
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feed.graphqlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  feed.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return feed;
}
