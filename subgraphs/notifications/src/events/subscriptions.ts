import { on, securityApiClientRevoked, type EventSubscription, type Logger } from '@eco/kit';
import type { NotificationsServices } from '../services';

/**
 * Every event notifications reacts to (started by startSubgraph: one durable consumer per producer).
 * Each handler's contract makes notifications, their deliveries and the webhook fan-out; identity's
 * API client revocations disable the client's webhook endpoints. Idempotent by event id.
 */
export function notificationsSubscriptions(services: NotificationsServices, logger: Logger): EventSubscription[] {
  return [
    ...services.registry.handlers().map((handler) => on(handler.contract, (payload, event) => services.events.process(handler, payload, event, logger))),
    // Not a notification and no webhook type: the revoked client's endpoints stop, and what was
    // pending is cancelled. The dispatcher's check against the revocation list covers the moments before.
    on(securityApiClientRevoked, async (payload) => {
      const disabled = await services.webhooks.disableRevokedOwner(payload.subjectId);
      if (disabled > 0) logger.info({ apiClientId: payload.subjectId, endpointsDisabled: disabled }, 'revoked API client: webhooks disabled');
      return disabled;
    }),
  ];
}
