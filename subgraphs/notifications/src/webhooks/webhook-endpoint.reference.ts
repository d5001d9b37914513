import type { NotificationsContext } from '../context';
import { webhookEndpointLoader } from './webhook.loader';

/** WebhookEndpoint references; the fields obey the WebhookEndpoint rules (owner or admin). */
export const webhookEndpointReference = {
  __resolveReference(reference: { id: string }, ctx: NotificationsContext) {
    return webhookEndpointLoader(ctx).load(reference.id);
  },
};
