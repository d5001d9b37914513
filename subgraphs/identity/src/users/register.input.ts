import { DateScalar } from '@eco/kit';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new citizen account. Every field is checked and all problems are reported together.' })
export class RegisterInput {
  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true })
  middleName?: string | null;

  @Field(() => DateScalar)
  birthDate!: Date;

  @Field()
  email!: string;

  @Field({ description: 'A Russian mobile or landline number in any usual spelling; stored as E.164.' })
  phone!: string;

  @Field({ description: 'At least 8 characters with upper- and lower-case letters, a digit and a special character.' })
  password!: string;
}
