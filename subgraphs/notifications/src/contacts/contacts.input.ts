import { LocaleArg } from '@eco/kit';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Omitted fields stay as they are; null or "" removes the email or phone.' })
export class SetNotificationContactsInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Any usual spelling ("8 912 …", "+7 (912) …"); stored as E.164.' })
  phone?: string | null;

  @Field(() => LocaleArg, { nullable: true, description: 'Language of emails and SMS; default RU.' })
  locale?: LocaleArg | null;
}
