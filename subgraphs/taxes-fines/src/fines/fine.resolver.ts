import { PageArgs, badUserInput, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { TaxesFinesContext } from '../context';
import { fineLoader } from '../loaders';
import { userErrorsFor } from '../shared/problems';
import { SearchFinesInput } from './fine.input';
import { FineConnection, FineType } from './fine.type';
import { FINES_ORDER, type FineRow } from './fines.service';

@Resolver(() => FineType)
export class FineResolver {
  @Query(() => FineType, { nullable: true, description: 'A fine by id; only its owner can read it.' })
  fine(@Arg('id', () => ID) id: string, @Ctx() ctx: TaxesFinesContext): Promise<FineRow | null> {
    return fineLoader(ctx).load(id);
  }

  @Query(() => FineConnection, {
    description:
      '"Проверка штрафов": your fines by your driver licence, vehicle registration certificate or plate (exactly one). Only your own fines are returned.',
  })
  async searchFines(
    @Arg('input') input: SearchFinesInput,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: TaxesFinesContext,
  ): Promise<Connection<FineRow>> {
    const window = pageWindow(args, FINES_ORDER);
    const outcome = await ctx.services.fines.search(ctx.viewer.userId as string, input, window);
    if (!outcome.ok) {
      const [error] = userErrorsFor(outcome.problems, ctx.locale);
      throw badUserInput(error.message, error.field ?? 'input');
    }
    return toConnection(outcome.value.nodes, window, outcome.value.totalCount);
  }
}
