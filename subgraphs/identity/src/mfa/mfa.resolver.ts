import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import type { Outcome } from '../problems';
import { requestMeta } from '../security/request-meta';
import { DisableMfaInput, MfaCodeInput } from './mfa.input';
import { ConfirmMfaPayload, DisableMfaPayload, EnableSmsMfaPayload, EnableTotpPayload } from './mfa.payload';

function confirmPayload(outcome: Outcome<string[]>, ctx: IdentityContext): ConfirmMfaPayload {
  return outcome.ok
    ? { enabled: true, recoveryCodes: outcome.value, userErrors: [] }
    : { enabled: false, recoveryCodes: [], userErrors: userErrorsFor(outcome.problems, ctx.locale) };
}

/** Turning second factors on and off for the signed-in user (the rules require a token). */
@Resolver()
export class MfaResolver {
  @Mutation(() => EnableTotpPayload, { description: 'Starts setting up an authenticator app; confirmTotp turns it on.' })
  async enableTotp(@Ctx() ctx: IdentityContext): Promise<EnableTotpPayload> {
    const outcome = await ctx.services.mfa.startTotp(viewerId(ctx));
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { secret: null, otpauthUri: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => ConfirmMfaPayload, { description: 'Turns the authenticator app on with a code from it.' })
  async confirmTotp(@Arg('input') input: MfaCodeInput, @Ctx() ctx: IdentityContext): Promise<ConfirmMfaPayload> {
    return confirmPayload(await ctx.services.mfa.confirmTotp(viewerId(ctx), input.code, requestMeta(ctx)), ctx);
  }

  @Mutation(() => EnableSmsMfaPayload, { description: 'Sends a code to the account phone; confirmSmsMfa turns SMS codes on.' })
  async enableSmsMfa(@Ctx() ctx: IdentityContext): Promise<EnableSmsMfaPayload> {
    const outcome = await ctx.services.mfa.startSms(viewerId(ctx), ctx.locale);
    return outcome.ok ? { codeSent: true, userErrors: [] } : { codeSent: false, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => ConfirmMfaPayload, { description: 'Turns SMS sign-in codes on with the code enableSmsMfa sent.' })
  async confirmSmsMfa(@Arg('input') input: MfaCodeInput, @Ctx() ctx: IdentityContext): Promise<ConfirmMfaPayload> {
    return confirmPayload(await ctx.services.mfa.confirmSms(viewerId(ctx), input.code, requestMeta(ctx)), ctx);
  }

  @Mutation(() => DisableMfaPayload, { description: 'Turns every second factor off (and forgets remembered devices).' })
  async disableMfa(@Arg('input') input: DisableMfaInput, @Ctx() ctx: IdentityContext): Promise<DisableMfaPayload> {
    const outcome = await ctx.services.mfa.disable(viewerId(ctx), input.password, requestMeta(ctx));
    return outcome.ok ? { disabled: true, userErrors: [] } : { disabled: false, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }
}

function viewerId(ctx: IdentityContext): string {
  return ctx.viewer.userId as string;
}
