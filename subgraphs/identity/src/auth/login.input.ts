import { Field, InputType } from 'type-graphql';

@InputType()
export class LoginInput {
  @Field({ description: 'Email, phone number, SNILS or INN.' })
  login!: string;

  @Field()
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A random id (16–200 characters) the client generates once and keeps, like a cookie. With two-factor protection on, ' +
      'a device that passed the second factor once is not asked again; without it every sign-in is a new device.',
  })
  deviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'How "my sessions" should name this device (else its User-Agent).' })
  deviceName?: string | null;
}
