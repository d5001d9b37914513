import { feedUrlOf, startFeedConsumer, type FeedConsumer, type Logger } from '@eco/kit';
import type { FeedOffsetStore } from '@eco/kit';
import type { PaymentCapturedHandler } from './payment-captured';

export const PAYMENTS_CONSUMER = 'taxes-fines<-payments';

export interface PaymentsConsumerOptions {
  /** payments' GraphQL URL (config.subgraphUrls.payments); its feed is beside it at /events. */
  paymentsUrl: string;
  eventFeedToken: string;
  handler: Pick<PaymentCapturedHandler, 'handle'>;
  offsets: FeedOffsetStore;
  pollIntervalMs?: number;
  logger: Logger;
}

/** The durable consumer of the payments feed: resumes from its stored offset after a restart. */
export function startPaymentsConsumer(options: PaymentsConsumerOptions): FeedConsumer {
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
