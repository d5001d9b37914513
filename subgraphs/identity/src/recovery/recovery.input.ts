import { Field, InputType } from 'type-graphql';

@InputType()
export class ConfirmEmailInput {
  @Field({ description: 'The code from the email.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Needed only when not signed in.' })
  email?: string | null;
}

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: 'Email, phone, SNILS or INN. A phone number gets the code by SMS, anything else by email.' })
  login!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  login!: string;

  @Field()
  code!: string;

  @Field({ description: 'The same rules as at registration.' })
  newPassword!: string;
}
