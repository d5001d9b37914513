import { Field, ID, InputType } from 'type-graphql';
import type { MfaMethod } from './mfa.service';
import { MfaMethodEnum } from './mfa.type';

@InputType()
export class VerifyMfaInput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => MfaMethodEnum)
  method!: MfaMethod;

  @Field({ description: 'Six digits (TOTP, SMS) or a recovery code such as "abcde-fghjk".' })
  code!: string;
}

@InputType()
export class MfaCodeInput {
  @Field({ description: 'The code from the authenticator app or the SMS.' })
  code!: string;
}

@InputType()
export class DisableMfaInput {
  @Field({ description: 'The current password, asked again so a stolen session cannot turn protection off.' })
  password!: string;
}
