import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { NotificationContacts } from './contacts.type';

@ObjectType()
export class SetNotificationContactsPayload {
  @Field(() => NotificationContacts, { nullable: true, description: 'The contacts now in use; null when there are userErrors.' })
  contacts!: NotificationContacts | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
