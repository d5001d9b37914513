import { followProducerFeed, type FeedConsumer, type FeedEvent, type FeedOffsetStore, type Logger } from '@eco/kit';
import { DOCUMENTS_SOURCE } from './document-events';

/** The feeds that carry what documents reacts to: attachments from three departments, results from one. */
export const CONSUMED_PRODUCERS = ['applications', 'education', 'taxes-fines'] as const;

export interface FeedHandler {
  readonly type: string;
  handle(event: FeedEvent): Promise<void>;
}

/** Hands each event to the handler of its type; events of other types are not ours. */
export function dispatchTo(handlers: readonly FeedHandler[]): (event: FeedEvent) => Promise<void> {
  const byType = new Map(handlers.map((handler) => [handler.type, handler]));
  return async (event) => {
    await byType.get(event.type)?.handle(event);
  };
}

export interface EventConsumersOptions {
  handle: (event: FeedEvent) => Promise<void>;
  offsets: FeedOffsetStore;
  subgraphUrls: Record<string, string>;
  eventFeedToken: string;
  producers?: readonly string[];
  pollIntervalMs?: number;
  logger: Logger;
}

/** One durable consumer per producer, each resuming from its own offset; stop() stops them all. */
export function startEventConsumers(options: EventConsumersOptions): FeedConsumer {
  const consumers = (options.producers ?? CONSUMED_PRODUCERS).map((producer) =>
    followProducerFeed({
      consumer: DOCUMENTS_SOURCE,
      producer,
      subgraphUrls: options.subgraphUrls,
      token: options.eventFeedToken,
      offsets: options.offsets,
      handle: options.handle,
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
