import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { Id } from './payload-types';

const PRODUCER = 'notifications';

/**
 * A notification was made for a user (from another subgraph's event): told live to that user
 * (`notificationAdded`). Ids only: the subscription reads the notification itself.
 */
export const notificationCreated = defineEvent({
  name: 'notification.created',
  producer: PRODUCER,
  description: 'A notification was created for a user.',
  liveFields: ['notificationAdded'],
  payload: Type.Object({
    notificationId: Id,
    /** Whose notification it is (the only one who may see the event). */
    userId: Id,
  }),
});
