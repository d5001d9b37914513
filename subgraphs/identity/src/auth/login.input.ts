import { Field, InputType } from 'type-graphql';

@InputType()
export class LoginInput {
  @Field({ description: 'Email, phone number, SNILS or INN.' })
  login!: string;

  @Field()
  password!: string;
}
