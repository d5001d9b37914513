import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MFA_METHODS, type MfaMethod } from './mfa.service';

export const MfaMethodEnum = Object.fromEntries(MFA_METHODS.map((m) => [m, m])) as { [K in MfaMethod]: K };

registerEnumType(MfaMethodEnum, {
  name: 'MfaMethod',
  description: 'A second factor.',
  valuesConfig: {
    TOTP: { description: 'A code from an authenticator app (RFC 6238).' },
    SMS: { description: 'A code sent by SMS to the account phone.' },
    RECOVERY_CODE: { description: 'One of the single-use recovery codes given when MFA was turned on.' },
  },
});

@ObjectType({ description: 'A sign-in waiting for its second factor; answer it with verifyMfa before expiresAt.' })
export class MfaChallenge {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => [MfaMethodEnum], { description: 'What the account can answer with. With SMS on, the code has already been sent.' })
  methods!: MfaMethod[];

  @Field()
  expiresAt!: Date;
}
