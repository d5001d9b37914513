import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { calendarDateString } from '../calendar';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import { requestMeta } from '../security/request-meta';
import type { Outcome } from '../problems';
import { userLoader } from '../users/user.loader';
import type { IdentityDocumentsData } from './document-data';
import { documentsLoader } from './documents.loader';
import { SetDriverLicenceInput, SetInnInput, SetPassportInput, SetSnilsInput } from './documents.input';
import { SetDriverLicencePayload, SetInnPayload, SetPassportPayload, SetSnilsPayload } from './documents.payload';

/** Turns a document write into a payload, refreshing this request's cached documents. */
async function documentPayload(outcome: Outcome<IdentityDocumentsData>, ctx: IdentityContext): Promise<SetSnilsPayload> {
  if (!outcome.ok) return { user: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  const userId = outcome.value.userId;
  documentsLoader(ctx).clear(userId).prime(userId, outcome.value);
  return { user: await userLoader(ctx).load(userId), userErrors: [] };
}

/** Each mutation adds or replaces one document of the signed-in user (rules require a token). */
@Resolver()
export class DocumentsResolver {
  @Mutation(() => SetSnilsPayload, { description: "Adds or replaces the signed-in user's SNILS." })
  async setSnils(@Arg('input') input: SetSnilsInput, @Ctx() ctx: IdentityContext): Promise<SetSnilsPayload> {
    return documentPayload(await ctx.services.documents.setSnils(viewerId(ctx), input.snils, requestMeta(ctx)), ctx);
  }

  @Mutation(() => SetInnPayload, { description: "Adds or replaces the signed-in user's INN (12 digits)." })
  async setInn(@Arg('input') input: SetInnInput, @Ctx() ctx: IdentityContext): Promise<SetInnPayload> {
    return documentPayload(await ctx.services.documents.setInn(viewerId(ctx), input.inn, requestMeta(ctx)), ctx);
  }

  @Mutation(() => SetPassportPayload, { description: "Adds or replaces the signed-in user's passport." })
  async setPassport(@Arg('input') input: SetPassportInput, @Ctx() ctx: IdentityContext): Promise<SetPassportPayload> {
    const passport = { ...input.passport, issueDate: calendarDateString(input.passport.issueDate) };
    return documentPayload(await ctx.services.documents.setPassport(viewerId(ctx), passport, requestMeta(ctx)), ctx);
  }

  @Mutation(() => SetDriverLicencePayload, { description: "Adds or replaces the signed-in user's driver's licence." })
  async setDriverLicence(
    @Arg('input') input: SetDriverLicenceInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<SetDriverLicencePayload> {
    const licence = input.driverLicence;
    const fields = {
      ...licence,
      issueDate: calendarDateString(licence.issueDate),
      expiryDate: calendarDateString(licence.expiryDate),
    };
    return documentPayload(await ctx.services.documents.setDriverLicence(viewerId(ctx), fields, requestMeta(ctx)), ctx);
  }
}

function viewerId(ctx: IdentityContext): string {
  return ctx.viewer.userId as string;
}
