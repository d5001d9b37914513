import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { ContactsResolver } from './contacts/contacts.resolver';
import { NotificationLiveResolver } from './live/notification-live.resolver';
import { NotificationMutationsResolver } from './notifications/notification-mutations.resolver';
import { notificationReference } from './notifications/notification.reference';
import { NotificationResolver } from './notifications/notification.resolver';
import { permissions } from './permissions';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { UserNotificationsResolver } from './users/user-notifications.resolver';
import { userReference } from './users/user.reference';
import { WebhookDeliveryResolver } from './webhooks/webhook-delivery.resolver';
import { webhookEndpointReference } from './webhooks/webhook-endpoint.reference';
import { WebhooksResolver } from './webhooks/webhooks.resolver';

/** The notifications subgraph schema; needs no database, so print-sdl can run at build time. */
export async function buildNotificationsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      NotificationResolver,
      NotificationMutationsResolver,
      UserNotificationsResolver,
      NotificationLiveResolver,
      ContactsResolver,
      PreferencesResolver,
      WebhooksResolver,
      WebhookDeliveryResolver,
    ],
    referenceResolvers: {
      User: userReference,
      Notification: notificationReference,
      WebhookEndpoint: webhookEndpointReference,
    },
    permissions,
    foreignEntities: ['User'],
  });
}
