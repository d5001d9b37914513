import { Field, ObjectType } from 'type-graphql';

@ObjectType('NotificationPreference', { description: 'How the signed-in user is told about one kind of event.' })
export class PreferenceType {
  @Field({ description: 'e.g. "application.status_changed".' })
  eventType!: string;

  @Field({ description: 'Always true: notifications in the portal cannot be turned off.' })
  inApp!: boolean;

  @Field()
  email!: boolean;

  @Field()
  sms!: boolean;

  @Field({ description: 'False while the defaults apply.' })
  customized!: boolean;
}
