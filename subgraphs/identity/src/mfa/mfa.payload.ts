import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType()
export class EnableTotpPayload {
  @Field(() => String, { nullable: true, description: 'Base32 secret, shown only now (for typing it in by hand).' })
  secret!: string | null;

  @Field(() => String, { nullable: true, description: 'otpauth:// URI for the QR code; shown only now.' })
  otpauthUri!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ConfirmMfaPayload {
  @Field({ description: 'Whether the method is now on.' })
  enabled!: boolean;

  @Field(() => [String], {
    description: 'Single-use recovery codes, shown only now, when the first method is turned on; empty otherwise.',
  })
  recoveryCodes!: string[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class EnableSmsMfaPayload {
  @Field({ description: 'A code went to the account phone; send it to confirmSmsMfa.' })
  codeSent!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DisableMfaPayload {
  @Field()
  disabled!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
