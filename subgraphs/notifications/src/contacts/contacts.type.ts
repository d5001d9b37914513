import { LocaleArg } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where the signed-in user gets notifications by email and SMS.' })
export class NotificationContacts {
  @Field(() => String, { nullable: true, description: 'Lower-case; null: no email.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +79123456789; null: no SMS.' })
  phone!: string | null;

  @Field(() => LocaleArg, { description: 'Language of emails and SMS.' })
  locale!: LocaleArg;
}
