import { feedUrlOf, startFeedConsumer, type FeedConsumer, type Logger } from '@eco/kit';
import type { EventProcessor } from './event-processor';
import type { EventRegistry } from './event-registry';
import type { FeedOffsetStore } from '@eco/kit';

export interface EventConsumersOptions {
  registry: EventRegistry;
  processor: Pick<EventProcessor, 'process'>;
  offsets: FeedOffsetStore;
  /** GraphQL URL per subgraph (config.subgraphUrls); each feed lives beside it at /events. */
  subgraphUrls: Record<string, string>;
  eventFeedToken: string;
  pollIntervalMs?: number;
  logger: Logger;
}

export const consumerName = (source: string) => `notifications<-${source}`;

/** One durable consumer per producing subgraph the handlers listen to; stop() stops them all. */
export function startEventConsumers(options: EventConsumersOptions): FeedConsumer {
  const consumers = options.registry.sources().map((source) => {
    const graphqlUrl = options.subgraphUrls[source];
    if (!graphqlUrl) throw new Error(`notifications: no URL for the ${source} subgraph (set SUBGRAPH_${source.toUpperCase()}_URL)`);
    const name = consumerName(source);
    return startFeedConsumer({
      name,
      feedUrl: feedUrlOf(graphqlUrl),
      token: options.eventFeedToken,
      offsets: options.offsets.for(name),
      handle: async (event) => {
        await options.processor.process(event, options.logger);
      },
      logger: options.logger,
      pollIntervalMs: options.pollIntervalMs,
    });
  });
  return {
    async stop() {
      await Promise.all(consumers.map((consumer) => consumer.stop()));
    },
  };
}
