import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ApplicationsContext } from '../context';
import { userErrorsFor } from '../shared/messages';
import { DeleteSavedFilterInput, SaveQueueFilterInput } from './saved-filter.input';
import { DeleteSavedFilterPayload, SaveQueueFilterPayload } from './saved-filter.payload';
import { SavedFilterType } from './saved-filter.type';
import type { SavedFilterRow } from './saved-filters.service';

/** An employee's saved queue filters; each person sees only their own. */
@Resolver(() => SavedFilterType)
export class SavedFilterResolver {
  @Query(() => [SavedFilterType], { description: "The signed-in employee's saved queue filters, by name." })
  mySavedFilters(@Ctx() ctx: ApplicationsContext): Promise<SavedFilterRow[]> {
    return ctx.services.savedFilters.list(ctx.viewer.userId as string);
  }

  @Mutation(() => SaveQueueFilterPayload)
  async saveQueueFilter(@Arg('input') input: SaveQueueFilterInput, @Ctx() ctx: ApplicationsContext): Promise<SaveQueueFilterPayload> {
    const outcome = await ctx.services.savedFilters.save(ctx.viewer.userId as string, input.name, { ...input.filter }, input.orderBy ?? null);
    return outcome.ok
      ? { savedFilter: outcome.value, userErrors: [] }
      : { savedFilter: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => DeleteSavedFilterPayload)
  async deleteSavedFilter(@Arg('input') input: DeleteSavedFilterInput, @Ctx() ctx: ApplicationsContext): Promise<DeleteSavedFilterPayload> {
    const outcome = await ctx.services.savedFilters.delete(ctx.viewer.userId as string, input.id);
    return outcome.ok
      ? { deletedId: outcome.value, userErrors: [] }
      : { deletedId: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }
}
