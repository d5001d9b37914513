import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A message to one user, in the portal (in-app) and, by their preferences, by email and SMS.
 * Title and body exist in Russian and English; `title`/`body` pick by `locale` or Accept-Language.
 */
@Directive('@key(fields: "id")')
@ObjectType('Notification', { description: 'A message to one user about something that happened (e.g. an application changed status).' })
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The kind of event it reports, e.g. "application.status_changed".' })
  eventType!: string;

  @Field({ description: 'Type of the entity it is about, e.g. "Application".' })
  subjectType!: string;

  @Field(() => ID, { description: 'Id of the entity it is about (with subjectType, the link to open).' })
  subjectId!: string;

  @Field(() => Date, { nullable: true, description: 'When the user read it; null while unread.' })
  readAt!: Date | null;

  @Field()
  createdAt!: Date;

  // Stored columns the field resolvers read.
  userId!: string;
  titleRu!: string;
  titleEn!: string;
  bodyRu!: string;
  bodyEn!: string;
}

/** `NotificationConnection` / `NotificationEdge`: one page of a user's notifications (Relay). */
export const NotificationConnection = ConnectionType('Notification', NotificationType);
