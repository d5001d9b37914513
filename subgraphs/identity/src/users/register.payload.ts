import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { User } from './user.type';

@ObjectType()
export class RegisterPayload {
  @Field(() => User, { nullable: true, description: 'The new account; null when there are userErrors.' })
  user!: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
