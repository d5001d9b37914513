import { Arg, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { notificationLoader } from '../notifications/notification.loader';
import type { NotificationRecord } from '../notifications/notifications.service';
import { notificationCreatedPayload, outboxEventLoader } from './live-event.loader';
import { NotificationEventType } from './notification-event.type';

interface NotificationEventView {
  eventId: string;
  notification: NotificationRecord;
}

/**
 * Live notifications. The gateway serves the subscription over graphql-ws: for each
 * `notification.created` event naming `notificationAdded` it asks `notificationAddedEvent`
 * with the subscriber's token, and the rules let only the notification's owner see it.
 */
@Resolver()
export class NotificationLiveResolver {
  @Subscription(() => NotificationEventType, {
    nullable: true,
    description: 'Each new notification of the signed-in user, as it is created.',
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway over graphql-ws');
    },
  })
  notificationAdded(@Root() event: NotificationEventView): NotificationEventView {
    return event;
  }

  @Query(() => NotificationEventType, {
    nullable: true,
    description: 'One notificationAdded event, for the gateway to deliver it live (the owner only).',
  })
  async notificationAddedEvent(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: NotificationsContext): Promise<NotificationEventView | null> {
    const payload = notificationCreatedPayload(await outboxEventLoader(ctx).load(eventId));
    const notification = payload ? await notificationLoader(ctx).load(payload.notificationId) : null;
    // No such event (or not a new notification): null, as every by-id read (README, API conventions).
    return notification ? { eventId, notification } : null;
  }
}
