import { followProducerFeed, type FeedConsumer, type FeedOffsetStore, type Logger } from '@eco/kit';
import type { AuditEventHandler } from './audit-event-handler';

/** The feeds the journal follows: identity's security events, status changes, payments and refunds, reads of people's documents. */
export const AUDITED_PRODUCERS = ['identity', 'applications', 'payments', 'documents'] as const;

export interface AuditConsumersOptions {
  consumer: string;
  producers?: readonly string[];
  subgraphUrls: Record<string, string>;
  token: string;
  offsets: FeedOffsetStore;
  handler: AuditEventHandler;
  logger: Logger;
  pollIntervalMs?: number;
}

/**
 * One durable consumer per producer, each resuming from its own offset. A producer that is down
 * or has no feed yet (404) is retried with backoff by the kit's consumer; the others go on.
 */
export function startAuditConsumers(options: AuditConsumersOptions): FeedConsumer {
  const consumers = (options.producers ?? AUDITED_PRODUCERS).map((producer) =>
    followProducerFeed({
      consumer: options.consumer,
      producer,
      subgraphUrls: options.subgraphUrls,
      token: options.token,
      offsets: options.offsets,
      handle: (event) => options.handler.handle(event),
      pollIntervalMs: options.pollIntervalMs,
      logger: options.logger,
    }),
  );
  return {
    async stop() {
      await Promise.all(consumers.map((consumer) => consumer.stop()));
    },
  };
}
