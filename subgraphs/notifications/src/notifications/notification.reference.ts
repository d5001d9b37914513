import type { NotificationsContext } from '../context';
import { notificationLoader } from './notification.loader';

/** Other subgraphs' Notification references; the fields still obey the Notification rules. */
export const notificationReference = {
  __resolveReference(reference: { id: string }, ctx: NotificationsContext) {
    return notificationLoader(ctx).load(reference.id);
  },
};
