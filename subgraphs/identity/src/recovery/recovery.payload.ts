import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType()
export class ConfirmEmailPayload {
  @Field()
  confirmed!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SendEmailConfirmationPayload {
  @Field()
  sent!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The same answer whether or not the login names an account.' })
export class RequestPasswordResetPayload {
  @Field({ description: 'Always true: if the account exists, a code is on its way.' })
  accepted!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ResetPasswordPayload {
  @Field({ description: 'The password was changed and every session ended; sign in again.' })
  success!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
