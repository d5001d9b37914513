import { mountEventFeed, type FeedEvent, type OutboxRow } from '@eco/kit';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const FEED_TOKEN = 'taxes-fines-test-feed-token';

export interface TestProducer {
  /** The producer's "GraphQL URL": its feed is beside it at /events (feedUrlOf). */
  graphqlUrl: string;
  /** Appends events to the feed, numbering them; returns them as served. */
  publish(...events: FeedEvent[]): FeedEvent[];
  /** How many feed pages were served (to see a consumer polling). */
  requests: number;
  stop(): Promise<void>;
}

/**
 * A tiny REAL producer: the kit's mountEventFeed (the real feed protocol, token included) over
 * an in-memory outbox, standing in for the payments subgraph.
 */
export async function startTestProducer(source = 'payments'): Promise<TestProducer> {
  const rows: OutboxRow[] = [];
  const app = express();
  const producer: TestProducer = {
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
    source,
    token: FEED_TOKEN,
    readAfter: async (after, limit) => {
      producer.requests += 1;
      return rows.filter((row) => row.seq > after).slice(0, limit);
    },
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  producer.graphqlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  producer.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return producer;
}
