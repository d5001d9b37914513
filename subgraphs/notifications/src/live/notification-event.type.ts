import { Field, ID, ObjectType } from 'type-graphql';
import { NotificationType } from '../notifications/notification.type';

@ObjectType('NotificationEvent', { description: 'A new notification for the subscriber (subscription notificationAdded).' })
export class NotificationEventType {
  @Field(() => ID, { description: 'The notification.created event id.' })
  eventId!: string;

  @Field(() => NotificationType)
  notification!: NotificationType;
}
