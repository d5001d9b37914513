import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import type { Outcome } from '../problems';
import { asCallersOwn } from '../users/owner-view';
import type { SignedIn } from './auth.service';
import { LoginPayload, LogoutPayload, RefreshTokenPayload } from './auth.payload';
import { LoginInput } from './login.input';
import { LogoutInput, RefreshTokenInput } from './refresh-token.input';

/** Login and refresh answer alike: tokens and the user, or only userErrors. */
function signInPayload(outcome: Outcome<SignedIn>, ctx: IdentityContext): LoginPayload {
  if (!outcome.ok) {
    return {
      accessToken: null,
      accessTokenExpiresAt: null,
      refreshToken: null,
      user: null,
      userErrors: userErrorsFor(outcome.problems, ctx.locale),
    };
  }
  const { user, ...tokens } = outcome.value;
  return { ...tokens, user: asCallersOwn(user), userErrors: [] };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Signs in by email, phone, SNILS or INN and password.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: IdentityContext): Promise<LoginPayload> {
    return signInPayload(await ctx.services.auth.login(input.login, input.password), ctx);
  }

  @Mutation(() => RefreshTokenPayload, { description: 'Exchanges a refresh token for new access and refresh tokens.' })
  async refreshToken(@Arg('input') input: RefreshTokenInput, @Ctx() ctx: IdentityContext): Promise<RefreshTokenPayload> {
    return signInPayload(await ctx.services.auth.refresh(input.refreshToken), ctx);
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the session the refresh token belongs to.' })
  async logout(@Arg('input') input: LogoutInput, @Ctx() ctx: IdentityContext): Promise<LogoutPayload> {
    const outcome = await ctx.services.auth.logout(input.refreshToken, ctx.viewer.userId as string);
    return outcome.ok
      ? { success: true, userErrors: [] }
      : { success: false, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }
}
