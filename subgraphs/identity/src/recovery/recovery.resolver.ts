import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import { failure, identityProblem } from '../problems';
import { requestMeta } from '../security/request-meta';
import { ConfirmEmailInput, RequestPasswordResetInput, ResetPasswordInput } from './recovery.input';
import {
  ConfirmEmailPayload,
  RequestPasswordResetPayload,
  ResetPasswordPayload,
  SendEmailConfirmationPayload,
} from './recovery.payload';

@Resolver()
export class RecoveryResolver {
  @Mutation(() => ConfirmEmailPayload, { description: 'Confirms the email with the code sent there (signed in, or with `email`).' })
  async confirmEmail(@Arg('input') input: ConfirmEmailInput, @Ctx() ctx: IdentityContext): Promise<ConfirmEmailPayload> {
    const userId = ctx.viewer.userId;
    const email = input.email?.trim();
    const outcome =
      userId && !ctx.viewer.clientId
        ? await ctx.services.recovery.confirmEmail({ userId }, input.code, requestMeta(ctx))
        : email
          ? await ctx.services.recovery.confirmEmail({ email }, input.code, requestMeta(ctx))
          : failure([identityProblem('email', 'EMAIL_REQUIRED')]);
    return outcome.ok ? { confirmed: true, userErrors: [] } : { confirmed: false, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => SendEmailConfirmationPayload, { description: 'Sends a new email confirmation code to the signed-in user.' })
  async resendEmailConfirmation(@Ctx() ctx: IdentityContext): Promise<SendEmailConfirmationPayload> {
    const outcome = await ctx.services.recovery.sendEmailConfirmation(ctx.viewer.userId as string, ctx.locale);
    return outcome.ok ? { sent: true, userErrors: [] } : { sent: false, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => RequestPasswordResetPayload, { description: 'Sends a password reset code by email or SMS; always answers the same.' })
  async requestPasswordReset(@Arg('input') input: RequestPasswordResetInput, @Ctx() ctx: IdentityContext): Promise<RequestPasswordResetPayload> {
    await ctx.services.recovery.requestPasswordReset(input.login, requestMeta(ctx), ctx.locale);
    return { accepted: true, userErrors: [] };
  }

  @Mutation(() => ResetPasswordPayload, { description: 'Sets a new password with the reset code; ends every session.' })
  async resetPassword(@Arg('input') input: ResetPasswordInput, @Ctx() ctx: IdentityContext): Promise<ResetPasswordPayload> {
    const outcome = await ctx.services.recovery.resetPassword(input.login, input.code, input.newPassword, requestMeta(ctx));
    return outcome.ok ? { success: true, userErrors: [] } : { success: false, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }
}
