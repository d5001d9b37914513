import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { MfaChallenge } from '../mfa/mfa.type';
import { User } from '../users/user.type';

/** What a successful sign-in or refresh hands out; all null when there are userErrors. */
// Declared for its fields only: type-graphql emits a type only where one is used, and none uses this.
@ObjectType()
abstract class SignInPayload {
  @Field(() => String, { nullable: true, description: 'JWT (ES256) for the Authorization header; lives 15 minutes.' })
  accessToken!: string | null;

  @Field(() => Date, { nullable: true })
  accessTokenExpiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Opaque, for refreshToken; valid 30 days and only once.' })
  refreshToken!: string | null;

  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'Tokens, or — with two-factor protection on a new device — an mfaChallenge to answer with verifyMfa.' })
export class LoginPayload extends SignInPayload {
  @Field(() => MfaChallenge, { nullable: true, description: 'Set instead of tokens when a second factor is needed.' })
  mfaChallenge!: MfaChallenge | null;
}

@ObjectType()
export class VerifyMfaPayload extends SignInPayload {}

@ObjectType()
export class RefreshTokenPayload extends SignInPayload {}

@ObjectType()
export class LogoutPayload {
  @Field()
  success!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
