import { feedUrlOf, startFeedConsumer, type FeedConsumer, type FeedOffsetStore, type Logger } from '@eco/kit';
import type { StateFeePaidHandler } from './state-fee-paid.handler';

export const PAYMENTS_CONSUMER = 'applications<-payments';

/** The durable consumer of the payments feed: resumes from its stored offset after a restart. */
export function startPaymentsConsumer(options: {
  /** payments' GraphQL URL (config.subgraphUrls.payments); its feed is beside it at /events. */
  paymentsUrl: string;
  eventFeedToken: string;
  handler: Pick<StateFeePaidHandler, 'handle'>;
  offsets: FeedOffsetStore;
  pollIntervalMs?: number;
  logger: Logger;
}): FeedConsumer {
  return startFeedConsumer({
    name: PAYMENTS_CONSUMER,
    feedUrl: feedUrlOf(options.paymentsUrl),
    token: options.eventFeedToken,
    offsets: options.offsets.for(PAYMENTS_CONSUMER),
    handle: async (event) => {
      await options.handler.handle(event, options.logger);
    },
    logger: options.logger,
    pollIntervalMs: options.pollIntervalMs,
  });
}
