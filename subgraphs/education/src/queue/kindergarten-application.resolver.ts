import { DocumentRef, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChildRef } from '../children/child.type';
import type { EducationContext } from '../context';
import { KindergartenGroupObject, KindergartenObject } from '../kindergartens/kindergarten.type';
import type { KindergartenGroupRow, KindergartenRow } from '../kindergartens/kindergartens.service';
import { kindergartenApplicationLoader, kindergartenGroupLoader, kindergartenLoader, preferencesLoader, primeKindergartenApplication, queuePositionsLoader } from '../loaders';
import { userErrorsFor, type Outcome } from '../shared/problems';
import { UserRef } from '../users/user.type';
import { ApplyForKindergartenInput, KindergartenApplicationIdInput, KindergartenGroupQueueArgs, OfferKindergartenPlaceInput } from './kindergarten-application.input';
import { KindergartenApplicationPayload } from './kindergarten-application.payload';
import {
  KindergartenApplicationConnection,
  KindergartenApplicationObject,
  KindergartenPreferenceObject,
  KindergartenQueuePositionObject,
} from './kindergarten-application.type';
import { GROUP_QUEUE_ORDER, type KindergartenApplicationRow, type PreferenceRow, type QueuePosition } from './kindergarten-applications.service';

function payload(outcome: Outcome<KindergartenApplicationRow>, ctx: EducationContext): KindergartenApplicationPayload {
  if (!outcome.ok) return { application: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  return { application: primeKindergartenApplication(ctx, outcome.value), userErrors: [] };
}

const viewerId = (ctx: EducationContext) => ctx.viewer.userId as string;

@Resolver(() => KindergartenApplicationObject)
export class KindergartenApplicationResolver {
  @Query(() => KindergartenApplicationObject, { nullable: true, description: 'A kindergarten application: for its parent or a MINPROS employee.' })
  kindergartenApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: EducationContext): Promise<KindergartenApplicationRow | null> {
    return kindergartenApplicationLoader(ctx).load(id);
  }

  @Query(() => KindergartenApplicationConnection, { description: "One age group's queue in queue order (category, then submission time). MINPROS employees only." })
  async kindergartenGroupQueue(@Args(() => KindergartenGroupQueueArgs) args: KindergartenGroupQueueArgs, @Ctx() ctx: EducationContext): Promise<Connection<KindergartenApplicationRow>> {
    const window = pageWindow(args, GROUP_QUEUE_ORDER);
    const page = await ctx.services.kindergartenApplications.groupQueue(args.groupId, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @Mutation(() => KindergartenApplicationPayload, { description: 'Puts your child in the queue of one to three kindergartens. One active application per child.' })
  async applyForKindergarten(@Arg('input') input: ApplyForKindergartenInput, @Ctx() ctx: EducationContext): Promise<KindergartenApplicationPayload> {
    return payload(await ctx.services.kindergartenApplications.apply(viewerId(ctx), ctx.viewer.token, input, ctx.requestId), ctx);
  }

  @Mutation(() => KindergartenApplicationPayload, { description: 'Withdraws your queued (or offered) application.' })
  async cancelKindergartenApplication(@Arg('input') input: KindergartenApplicationIdInput, @Ctx() ctx: EducationContext): Promise<KindergartenApplicationPayload> {
    return payload(await ctx.services.kindergartenApplications.cancel(viewerId(ctx), input.applicationId), ctx);
  }

  @Mutation(() => KindergartenApplicationPayload, {
    description: 'A MINPROS employee offers a place: only to the first in the group’s queue and only while the group has a free place.',
  })
  async offerKindergartenPlace(@Arg('input') input: OfferKindergartenPlaceInput, @Ctx() ctx: EducationContext): Promise<KindergartenApplicationPayload> {
    return payload(await ctx.services.kindergartenApplications.offer(viewerId(ctx), input), ctx);
  }

  @Mutation(() => KindergartenApplicationPayload, { description: 'Accept the offered place before its deadline: the child is ENROLLED.' })
  async acceptKindergartenOffer(@Arg('input') input: KindergartenApplicationIdInput, @Ctx() ctx: EducationContext): Promise<KindergartenApplicationPayload> {
    return payload(await ctx.services.kindergartenApplications.accept(viewerId(ctx), input.applicationId), ctx);
  }

  @Mutation(() => KindergartenApplicationPayload, { description: 'Decline the offered place: the application is DECLINED and the place goes to the next in queue.' })
  async declineKindergartenOffer(@Arg('input') input: KindergartenApplicationIdInput, @Ctx() ctx: EducationContext): Promise<KindergartenApplicationPayload> {
    return payload(await ctx.services.kindergartenApplications.decline(viewerId(ctx), input.applicationId), ctx);
  }

  @FieldResolver(() => ChildRef, { description: "The child (identity's Child: its fields are for the parent only)." })
  child(@Root() application: KindergartenApplicationRow): ChildRef {
    return { id: application.childId };
  }

  @FieldResolver(() => [DocumentRef], {
    // An item the reader may not open comes back null, not the whole record.
    nullable: 'items',
    description: "The parent's uploaded documents proving the benefit category (the documents subgraph's Document, which decides who may read it).",
  })
  benefitDocuments(@Root() application: KindergartenApplicationRow): DocumentRef[] {
    return application.benefitDocumentIds.map((id) => ({ id }));
  }

  @FieldResolver(() => UserRef, { description: 'The parent who filed it.' })
  parent(@Root() application: KindergartenApplicationRow): UserRef {
    return { id: application.parentId };
  }

  @FieldResolver(() => [KindergartenPreferenceObject], { description: 'Preferred kindergartens, first choice first.' })
  async preferences(@Root() application: KindergartenApplicationRow, @Ctx() ctx: EducationContext): Promise<PreferenceRow[]> {
    return (await preferencesLoader(ctx).load(application.id)) ?? [];
  }

  @FieldResolver(() => [KindergartenQueuePositionObject], { description: 'Position in the queue of each preferred group while QUEUED; empty otherwise.' })
  async queuePositions(@Root() application: KindergartenApplicationRow, @Ctx() ctx: EducationContext): Promise<QueuePosition[]> {
    return (await queuePositionsLoader(ctx).load(application.id)) ?? [];
  }

  @FieldResolver(() => KindergartenObject, { nullable: true, description: 'The kindergarten offered (OFFERED, ENROLLED, or the declined offer).' })
  offeredKindergarten(@Root() application: KindergartenApplicationRow, @Ctx() ctx: EducationContext): Promise<KindergartenRow | null> | null {
    return application.offeredKindergartenId ? kindergartenLoader(ctx).load(application.offeredKindergartenId) : null;
  }

  @FieldResolver(() => KindergartenGroupObject, { nullable: true })
  offeredGroup(@Root() application: KindergartenApplicationRow, @Ctx() ctx: EducationContext): Promise<KindergartenGroupRow | null> | null {
    return application.offeredGroupId ? kindergartenGroupLoader(ctx).load(application.offeredGroupId) : null;
  }
}

/** Kindergarten and group of a preference or a queue position. */
@Resolver(() => KindergartenPreferenceObject)
export class KindergartenPreferenceResolver {
  @FieldResolver(() => KindergartenObject)
  async kindergarten(@Root() preference: PreferenceRow, @Ctx() ctx: EducationContext): Promise<KindergartenRow> {
    return loadOrFail(kindergartenLoader(ctx).load(preference.kindergartenId), preference.kindergartenId);
  }

  @FieldResolver(() => KindergartenGroupObject)
  async group(@Root() preference: PreferenceRow, @Ctx() ctx: EducationContext): Promise<KindergartenGroupRow> {
    return loadOrFail(kindergartenGroupLoader(ctx).load(preference.groupId), preference.groupId);
  }
}

@Resolver(() => KindergartenQueuePositionObject)
export class KindergartenQueuePositionResolver {
  @FieldResolver(() => KindergartenObject)
  async kindergarten(@Root() position: QueuePosition, @Ctx() ctx: EducationContext): Promise<KindergartenRow> {
    return loadOrFail(kindergartenLoader(ctx).load(position.kindergartenId), position.kindergartenId);
  }

  @FieldResolver(() => KindergartenGroupObject)
  async group(@Root() position: QueuePosition, @Ctx() ctx: EducationContext): Promise<KindergartenGroupRow> {
    return loadOrFail(kindergartenGroupLoader(ctx).load(position.groupId), position.groupId);
  }
}

async function loadOrFail<T>(loading: Promise<T | null>, id: string): Promise<T> {
  const value = await loading;
  if (!value) throw new Error(`${id} is missing`);
  return value;
}
