import { feedConsumerName, followProducerFeed, type FeedConsumer, type FeedOffsetStore, type Logger } from '@eco/kit';
import type { EventProcessor } from './event-processor';
import type { EventRegistry } from './event-registry';

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

export const consumerName = (source: string) => feedConsumerName('notifications', source);

/** One durable consumer per producing subgraph the handlers listen to; stop() stops them all. */
export function startEventConsumers(options: EventConsumersOptions): FeedConsumer {
  const consumers = options.registry.sources().map((source) =>
    followProducerFeed({
      consumer: 'notifications',
      producer: source,
      subgraphUrls: options.subgraphUrls,
      token: options.eventFeedToken,
      offsets: options.offsets,
      handle: (event) => options.processor.process(event, options.logger),
      logger: options.logger,
      pollIntervalMs: options.pollIntervalMs,
    }),
  );
  return {
    async stop() {
      await Promise.all(consumers.map((consumer) => consumer.stop()));
    },
  };
}
