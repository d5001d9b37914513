import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Omitted channels stay as they are. In-app cannot be turned off.' })
export class SetNotificationPreferenceInput {
  @Field({ description: 'One of the eventType values notificationPreferences lists.' })
  eventType!: string;

  @Field(() => Boolean, { nullable: true })
  email?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  sms?: boolean | null;
}
