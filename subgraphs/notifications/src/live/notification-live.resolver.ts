import { liveEventOf, notificationCreated } from '@eco/kit';
import { Arg, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { notificationLoader } from '../notifications/notification.loader';
import type { NotificationRecord } from '../notifications/notifications.service';
import { NotificationEventType } from './notification-event.type';

interface NotificationEventView {
  eventId: string;
  notification: NotificationRecord;
}

/**
 * Live notifications. The gateway serves the subscription over graphql-ws: for each
 * `notification.created` event it asks `notificationAddedEvent` with the subscriber's token and
 * the event it holds (sealed), and the rules let only the notification's owner see it.
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
    description: 'One notificationAdded event, for the gateway to deliver it live (`event`: sealed by the gateway; the owner only).',
  })
  async notificationAddedEvent(@Arg('event') sealed: string, @Ctx() ctx: NotificationsContext): Promise<NotificationEventView | null> {
    const live = liveEventOf(notificationCreated, ctx, sealed);
    const notification = live ? await notificationLoader(ctx).load(live.payload.notificationId) : null;
    // Not a genuine event (or not a new notification): null, as every by-id read (README, API conventions).
    return live && notification ? { eventId: live.event.id, notification } : null;
  }
}
