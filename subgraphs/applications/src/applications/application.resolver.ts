import { JSONObjectScalar } from '@eco/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApplicationsContext } from '../context';
import { userErrorsFor } from '../shared/messages';
import type { Outcome } from '../shared/problems';
import { applicationLoader, primeApplication } from './application.loader';
import { SubmitApplicationInput } from './application.input';
import { SubmitApplicationPayload, type ApplicationPayload } from './application.payload';
import { ApplicationType } from './application.type';
import type { ApplicationRow } from './applications.service';

/** A service outcome as a mutation payload; the new row primed for the rest of the request. */
export function applicationPayload(outcome: Outcome<ApplicationRow>, ctx: ApplicationsContext): ApplicationPayload {
  return outcome.ok
    ? { application: primeApplication(ctx, outcome.value), userErrors: [] }
    : { application: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
}

@Resolver(() => ApplicationType)
export class ApplicationResolver {
  @Query(() => ApplicationType, {
    nullable: true,
    description:
      "One application, for its applicant or an employee of its department; anyone else gets FORBIDDEN. null when there is no such application.",
  })
  application(@Arg('id', () => ID) id: string, @Ctx() ctx: ApplicationsContext): Promise<ApplicationRow | null> {
    return applicationLoader(ctx).load(id);
  }

  @Query(() => JSONObjectScalar, {
    description:
      "A draft of the service's form prefilled from the signed-in citizen's profile and documents: only fields the form has, only values that validate.",
  })
  applicationDraft(@Arg('serviceId', () => ID) serviceId: string, @Ctx() ctx: ApplicationsContext): Promise<Record<string, unknown>> {
    return ctx.services.submissions.draft(ctx.viewer, serviceId, ctx.requestId);
  }

  @Mutation(() => SubmitApplicationPayload, {
    description:
      "Files an application. Every problem of the form data is reported with its path; nothing is stored then. A file field's `fileId` is the id of one of your uploaded documents: it must be scanned clean and of a type the field accepts.",
  })
  async submitApplication(@Arg('input') input: SubmitApplicationInput, @Ctx() ctx: ApplicationsContext): Promise<SubmitApplicationPayload> {
    // The permission rule has already refused anyone but a signed-in citizen.
    const outcome = await ctx.services.submissions.submit(ctx.viewer.userId as string, input, {
      token: ctx.viewer.token,
      requestId: ctx.requestId,
      sandbox: ctx.viewer.sandbox ?? false,
    });
    return applicationPayload(outcome, ctx);
  }
}
