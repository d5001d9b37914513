import { UserError } from '@eco/kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Notifications that were unread and are now read.' })
  updatedCount!: number;

  @Field(() => Int, { description: 'Unread notifications left.' })
  unreadNotificationCount!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
