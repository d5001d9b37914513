import { followProducerFeed, type FeedConsumer, type FeedEvent, type FeedOffsetStore, type Logger } from '@eco/kit';
import type { WebhooksService } from '../webhooks/webhooks.service';

/**
 * identity's `security.api_client_revoked` (declared in identity's SECURITY_ACTIONS; subject: the
 * ApiClient, whose UUID owns the webhook endpoints it registered). Not a notification and not a
 * webhook event type, so it is not in the EventRegistry: a consumer of its own.
 */
export const API_CLIENT_REVOKED = 'security.api_client_revoked';
export const IDENTITY_SOURCE = 'identity';

/** Disables the revoked client's endpoints and cancels their pending deliveries; idempotent. */
export async function handleApiClientRevoked(event: FeedEvent, webhooks: Pick<WebhooksService, 'disableRevokedOwner'>, logger: Logger): Promise<void> {
  if (event.type !== API_CLIENT_REVOKED || event.source !== IDENTITY_SOURCE || event.subject?.type !== 'ApiClient') return;
  const disabled = await webhooks.disableRevokedOwner(event.subject.id);
  if (disabled > 0) logger.info({ apiClientId: event.subject.id, endpointsDisabled: disabled }, 'revoked API client: webhooks disabled');
}

/**
 * Follows identity's feed for revocations (durable: a revocation while notifications was down is
 * acted on when it is back). The dispatcher's pre-send check against the kit's revocation list
 * covers the moments before the event arrives.
 */
export function followApiClientRevocations(options: {
  webhooks: Pick<WebhooksService, 'disableRevokedOwner'>;
  offsets: FeedOffsetStore;
  subgraphUrls: Record<string, string>;
  eventFeedToken: string;
  pollIntervalMs?: number;
  logger: Logger;
}): FeedConsumer {
  return followProducerFeed({
    consumer: 'notifications',
    producer: IDENTITY_SOURCE,
    subgraphUrls: options.subgraphUrls,
    token: options.eventFeedToken,
    offsets: options.offsets,
    handle: (event) => handleApiClientRevoked(event, options.webhooks, options.logger),
    logger: options.logger,
    pollIntervalMs: options.pollIntervalMs,
  });
}
