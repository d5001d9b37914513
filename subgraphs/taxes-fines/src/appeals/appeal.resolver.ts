import { DocumentRef, LocaleArg, PageArgs, pageWindow, resolveLocale, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TaxesFinesContext } from '../context';
import { FineType } from '../fines/fine.type';
import type { FineRow } from '../fines/fines.service';
import { offenceTitle } from '../fines/koap';
import { appealLoader, fineLoader, primeFine } from '../loaders';
import { AppealStatus } from '../shared/enums';
import { userErrorsFor } from '../shared/problems';
import { AppealFineInput, ReviewAppealInput, StartAppealReviewInput } from './appeal.input';
import { AppealFinePayload, ReviewAppealPayload, StartAppealReviewPayload } from './appeal.payload';
import { AppealConnection, AppealType } from './appeal.type';
import { APPEAL_QUEUE_ORDER, type AppealRow } from './appeals.service';

@ArgsType()
export class AppealQueueArgs extends PageArgs {
  @Field(() => [AppealStatus], { nullable: true, description: 'Default: the open ones (SUBMITTED, UNDER_REVIEW).' })
  status?: AppealStatus[] | null;
}

@Resolver(() => AppealType)
export class AppealResolver {
  @Query(() => AppealType, { nullable: true, description: 'An appeal: for its appellant or a GIBDD employee.' })
  appeal(@Arg('id', () => ID) id: string, @Ctx() ctx: TaxesFinesContext): Promise<AppealRow | null> {
    return appealLoader(ctx).load(id);
  }

  @Query(() => AppealConnection, { description: "GIBDD's appeal review queue, oldest first. GIBDD employees only." })
  async appealQueue(@Args(() => AppealQueueArgs) args: AppealQueueArgs, @Ctx() ctx: TaxesFinesContext): Promise<Connection<AppealRow>> {
    const window = pageWindow(args, APPEAL_QUEUE_ORDER);
    const page = await ctx.services.appeals.queue(args.status, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @Mutation(() => AppealFinePayload, { description: 'Appeal your own unpaid fine before its payment deadline; the fine becomes APPEALED.' })
  async appealFine(@Arg('input') input: AppealFineInput, @Ctx() ctx: TaxesFinesContext): Promise<AppealFinePayload> {
    const outcome = await ctx.services.appeals.appeal(ctx.viewer.userId as string, input, { token: ctx.viewer.token, requestId: ctx.requestId });
    if (!outcome.ok) return { appeal: null, fine: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
    const [fine] = await ctx.services.fines.byIds([outcome.value.fineId]);
    return { appeal: outcome.value, fine: fine ? primeFine(ctx, fine) : null, userErrors: [] };
  }

  @Mutation(() => StartAppealReviewPayload, { description: 'A GIBDD employee takes an appeal for review (SUBMITTED → UNDER_REVIEW).' })
  async startAppealReview(@Arg('input') input: StartAppealReviewInput, @Ctx() ctx: TaxesFinesContext): Promise<StartAppealReviewPayload> {
    const outcome = await ctx.services.appeals.startReview(ctx.viewer.userId as string, input.appealId);
    return outcome.ok ? { appeal: outcome.value, userErrors: [] } : { appeal: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => ReviewAppealPayload, {
    description: 'A GIBDD employee decides: UPHELD cancels the fine, DISMISSED makes it payable again with the deadline moved.',
  })
  async reviewAppeal(@Arg('input') input: ReviewAppealInput, @Ctx() ctx: TaxesFinesContext): Promise<ReviewAppealPayload> {
    const outcome = await ctx.services.appeals.review(ctx.viewer.userId as string, input);
    return outcome.ok ? { appeal: outcome.value, userErrors: [] } : { appeal: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @FieldResolver(() => [DocumentRef], {
    // An item the reader may not open comes back null, not the whole record.
    nullable: 'items',
    description: 'The evidence documents (read by the appellant and GIBDD reviewers).',
  })
  evidence(@Root() appeal: AppealRow): DocumentRef[] {
    return appeal.documentIds.map((id) => ({ id }));
  }

  @FieldResolver(() => FineType, { nullable: true, description: 'The appealed fine (its fields are for its owner).' })
  fine(@Root() appeal: AppealRow, @Ctx() ctx: TaxesFinesContext): Promise<FineRow | null> {
    return fineLoader(ctx).load(appeal.fineId);
  }

  @FieldResolver(() => String, { description: "The appealed fine's UIN (for the reviewer, who does not own the fine)." })
  async fineUin(@Root() appeal: AppealRow, @Ctx() ctx: TaxesFinesContext): Promise<string> {
    return (await fineLoader(ctx).load(appeal.fineId))?.uin ?? '';
  }

  @FieldResolver(() => String, { description: 'The appealed offence in words, with its article.' })
  async offence(
    @Root() appeal: AppealRow,
    @Arg('locale', () => LocaleArg, { nullable: true }) locale: LocaleArg | null,
    @Ctx() ctx: TaxesFinesContext,
  ): Promise<string> {
    const fine = await fineLoader(ctx).load(appeal.fineId);
    return fine ? offenceTitle(fine)[resolveLocale(locale, ctx.locale)] : '';
  }
}
