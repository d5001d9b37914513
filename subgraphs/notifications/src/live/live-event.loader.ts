import type { OutboxRow } from '@eco/kit';
import type { NotificationsContext } from '../context';

/** The request's outbox-event-by-id loader: the live-event rule and resolver share one lookup. */
export function outboxEventLoader(ctx: NotificationsContext) {
  return ctx.loaders.get<string, OutboxRow>('OutboxEvent.byId', (ids) => Promise.all(ids.map((id) => ctx.services.outbox.eventById(id))));
}

export interface NotificationCreatedPayload {
  notificationId: string;
  userId: string;
}

/** The payload of a `notification.created` row, or null for any other kind of row. */
export function notificationCreatedPayload(row: OutboxRow | null): NotificationCreatedPayload | null {
  if (!row || row.type !== 'notification.created') return null;
  const payload = row.payload as Partial<NotificationCreatedPayload> | null;
  return typeof payload?.notificationId === 'string' && typeof payload.userId === 'string'
    ? { notificationId: payload.notificationId, userId: payload.userId }
    : null;
}
