import { orderByKeys } from '@eco/kit';
import type { NotificationsContext } from '../context';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from './webhooks.service';

/** The request's WebhookEndpoint-by-id loader: queries, rules and `__resolveReference` share it. */
export function webhookEndpointLoader(ctx: NotificationsContext) {
  return ctx.loaders.get<string, WebhookEndpointRecord>('WebhookEndpoint.byId', async (ids) =>
    orderByKeys(ids, await ctx.services.webhooks.endpointsByIds(ids), (row) => row.id),
  );
}

export function webhookDeliveryLoader(ctx: NotificationsContext) {
  return ctx.loaders.get<string, WebhookDeliveryRecord>('WebhookDelivery.byId', async (ids) =>
    Promise.all(ids.map((id) => ctx.services.webhooks.deliveryById(id))),
  );
}
