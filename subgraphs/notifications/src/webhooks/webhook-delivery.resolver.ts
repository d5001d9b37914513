import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { WebhookDeliveryType } from './webhook-delivery.type';
import { WebhookEndpointType } from './webhook-endpoint.type';
import { webhookEndpointLoader } from './webhook.loader';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from './webhooks.service';

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  @FieldResolver(() => WebhookEndpointType)
  async endpoint(@Root() delivery: WebhookDeliveryRecord, @Ctx() ctx: NotificationsContext): Promise<WebhookEndpointRecord> {
    const endpoint = await webhookEndpointLoader(ctx).load(delivery.endpointId);
    // The foreign key guarantees the row; its absence is a broken database, not a user error.
    if (!endpoint) throw new Error(`Endpoint ${delivery.endpointId} of delivery ${delivery.id} is missing`);
    return endpoint;
  }
}
