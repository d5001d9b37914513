import { Field, InputType } from 'type-graphql';

@InputType()
export class RefreshTokenInput {
  @Field({ description: 'The refresh token from login or the previous refresh; each one works once.' })
  refreshToken!: string;
}

@InputType()
export class LogoutInput {
  @Field({ description: 'A refresh token of the session to end.' })
  refreshToken!: string;
}
