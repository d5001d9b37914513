import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { PreferenceType } from './preference.type';

@ObjectType()
export class SetNotificationPreferencePayload {
  @Field(() => PreferenceType, { nullable: true, description: 'The preference now in force; null when there are userErrors.' })
  preference!: PreferenceType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
