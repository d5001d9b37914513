import type { Logger } from '../logging/logger';
import type { FeedEvent } from './domain-event';
import { startFeedConsumer, type FeedConsumer } from './feed-consumer';
import type { FeedOffsetStore } from './feed-offset-store';
import { feedUrlOf } from './feed-url';

export interface ProducerFeedOptions {
  /** This subgraph ('applications'); with the producer it names the consumer: 'applications<-payments'. */
  consumer: string;
  /** The subgraph whose /events feed is followed ('payments'). */
  producer: string;
  /** GraphQL URL per subgraph (config.subgraphUrls); the feed lives beside the producer's. */
  subgraphUrls: Record<string, string>;
  token: string;
  offsets: FeedOffsetStore;
  /** Must be idempotent by event.id: after a crash an event may come again. */
  handle: (event: FeedEvent) => Promise<unknown>;
  logger: Logger;
  pollIntervalMs?: number;
}

export const feedConsumerName = (consumer: string, producer: string) => `${consumer}<-${producer}`;

/** A durable consumer of another subgraph's feed, resuming from the offset kept in this subgraph. */
export function followProducerFeed(options: ProducerFeedOptions): FeedConsumer {
  const graphqlUrl = options.subgraphUrls[options.producer];
  if (!graphqlUrl) {
    throw new Error(`${options.consumer}: no URL for the ${options.producer} subgraph (set SUBGRAPH_${options.producer.toUpperCase().replace(/-/g, '_')}_URL)`);
  }
  const name = feedConsumerName(options.consumer, options.producer);
  return startFeedConsumer({
    name,
    feedUrl: feedUrlOf(graphqlUrl),
    token: options.token,
    offsets: options.offsets.for(name),
    handle: async (event) => {
      await options.handle(event);
    },
    logger: options.logger,
    pollIntervalMs: options.pollIntervalMs,
  });
}
