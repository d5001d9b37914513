import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../users/user.type';

/** A document mutation answers with the signed-in user, whose `documents` now show the change. */
// Declared for its fields only: type-graphql emits a type only where one is used, and none uses this.
@ObjectType()
abstract class DocumentPayload {
  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SetSnilsPayload extends DocumentPayload {}

@ObjectType()
export class SetInnPayload extends DocumentPayload {}

@ObjectType()
export class SetPassportPayload extends DocumentPayload {}

@ObjectType()
export class SetDriverLicencePayload extends DocumentPayload {}
