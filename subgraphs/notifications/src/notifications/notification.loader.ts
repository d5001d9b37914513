import type { NotificationsContext } from '../context';
import type { DeliveryRecord } from '../channels/deliveries.service';
import { orderByKeys } from '@eco/kit';
import type { NotificationRecord } from './notifications.service';

/** The request's Notification-by-id loader: queries, live events and `__resolveReference` share it. */
export function notificationLoader(ctx: NotificationsContext) {
  return ctx.loaders.get<string, NotificationRecord>('Notification.byId', async (ids) =>
    orderByKeys(ids, await ctx.services.notifications.byIds(ids), (row) => row.id),
  );
}

/** Email/SMS deliveries of a whole page of notifications in one query. */
export function deliveriesLoader(ctx: NotificationsContext) {
  return ctx.loaders.get<string, DeliveryRecord[]>('Notification.deliveries', (ids) => ctx.services.deliveries.byNotificationIds(ids));
}

/** Unread counts per user, batched. */
export function unreadCountLoader(ctx: NotificationsContext) {
  return ctx.loaders.get<string, number>('User.unreadNotificationCount', (userIds) => ctx.services.notifications.unreadCounts(userIds));
}
