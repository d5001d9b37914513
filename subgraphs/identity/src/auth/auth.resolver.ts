import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import { VerifyMfaInput } from '../mfa/mfa.input';
import type { Outcome } from '../problems';
import { requestMeta } from '../security/request-meta';
import { asCallersOwn } from '../users/owner-view';
import { needsMfa, type LoginResult, type SignedIn } from './auth.service';
import { LoginPayload, LogoutPayload, RefreshTokenPayload, VerifyMfaPayload } from './auth.payload';
import { LoginInput } from './login.input';
import { LogoutInput, RefreshTokenInput } from './refresh-token.input';

const NO_TOKENS = { accessToken: null, accessTokenExpiresAt: null, refreshToken: null, user: null } as const;

/** Login, verifyMfa and refresh answer alike: tokens and the user, or only userErrors. */
function signInPayload(outcome: Outcome<SignedIn>, ctx: IdentityContext): RefreshTokenPayload {
  if (!outcome.ok) return { ...NO_TOKENS, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  const { user, ...tokens } = outcome.value;
  return { ...tokens, user: asCallersOwn(user), userErrors: [] };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: 'Signs in by email, phone, SNILS or INN and password; with two-factor protection on a new device, returns an mfaChallenge instead of tokens.',
  })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: IdentityContext): Promise<LoginPayload> {
    const outcome: Outcome<LoginResult> = await ctx.services.auth.login(input.login, input.password, {
      deviceId: input.deviceId ?? null,
      meta: requestMeta(ctx, input.deviceName),
      locale: ctx.locale,
    });
    if (outcome.ok && needsMfa(outcome.value)) return { ...NO_TOKENS, mfaChallenge: outcome.value.mfaChallenge, userErrors: [] };
    return { ...signInPayload(outcome as Outcome<SignedIn>, ctx), mfaChallenge: null };
  }

  @Mutation(() => VerifyMfaPayload, { description: "Answers a login's mfaChallenge; the tokens come here." })
  async verifyMfa(@Arg('input') input: VerifyMfaInput, @Ctx() ctx: IdentityContext): Promise<VerifyMfaPayload> {
    return signInPayload(await ctx.services.auth.verifyMfa(input.challengeId, input.method, input.code, requestMeta(ctx)), ctx);
  }

  @Mutation(() => RefreshTokenPayload, { description: 'Exchanges a refresh token for new access and refresh tokens.' })
  async refreshToken(@Arg('input') input: RefreshTokenInput, @Ctx() ctx: IdentityContext): Promise<RefreshTokenPayload> {
    return signInPayload(await ctx.services.auth.refresh(input.refreshToken), ctx);
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the session the refresh token belongs to.' })
  async logout(@Arg('input') input: LogoutInput, @Ctx() ctx: IdentityContext): Promise<LogoutPayload> {
    const outcome = await ctx.services.auth.logout(input.refreshToken, ctx.viewer.userId as string, requestMeta(ctx));
    return outcome.ok
      ? { success: true, userErrors: [] }
      : { success: false, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }
}
