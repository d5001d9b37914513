import { pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { EducationContext } from '../context';
import { kindergartenLoader, kindergartenGroupsLoader } from '../loaders';
import { KindergartensArgs } from './kindergarten.input';
import { KindergartenConnection, KindergartenGroupObject, KindergartenObject } from './kindergarten.type';
import { KINDERGARTENS_ORDER, freePlaces, type KindergartenGroupRow, type KindergartenRow } from './kindergartens.service';

@Resolver(() => KindergartenObject)
export class KindergartenResolver {
  @Directive('@tag(name: "public")')
  @Query(() => KindergartenConnection, { description: 'Kindergartens by region, district, type, language, the child’s age and free places; no sign-in needed.' })
  async kindergartens(@Args(() => KindergartensArgs) args: KindergartensArgs, @Ctx() ctx: EducationContext): Promise<Connection<KindergartenRow>> {
    const window = pageWindow(args, KINDERGARTENS_ORDER);
    const page = await ctx.services.kindergartens.search(args.filter ?? {}, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @Directive('@tag(name: "public")')
  @Query(() => KindergartenObject, { nullable: true })
  kindergarten(@Arg('id', () => ID) id: string, @Ctx() ctx: EducationContext): Promise<KindergartenRow | null> {
    return kindergartenLoader(ctx).load(id);
  }

  @FieldResolver(() => [KindergartenGroupObject], { description: 'Age groups, youngest first.' })
  async groups(@Root() kindergarten: KindergartenRow, @Ctx() ctx: EducationContext): Promise<KindergartenGroupRow[]> {
    return (await kindergartenGroupsLoader(ctx).load(kindergarten.id)) ?? [];
  }

  @FieldResolver(() => Int, { description: 'Free places in all groups.' })
  async freePlaces(@Root() kindergarten: KindergartenRow, @Ctx() ctx: EducationContext): Promise<number> {
    const groups = (await kindergartenGroupsLoader(ctx).load(kindergarten.id)) ?? [];
    return groups.reduce((sum, group) => sum + freePlaces(group), 0);
  }
}

@Resolver(() => KindergartenGroupObject)
export class KindergartenGroupResolver {
  @FieldResolver(() => Int, { description: 'Capacity minus enrolled children and places held by outstanding offers.' })
  freePlaces(@Root() group: KindergartenGroupRow): number {
    return freePlaces(group);
  }

  @FieldResolver(() => KindergartenObject)
  async kindergarten(@Root() group: KindergartenGroupRow, @Ctx() ctx: EducationContext): Promise<KindergartenRow> {
    const kindergarten = await kindergartenLoader(ctx).load(group.kindergartenId);
    if (!kindergarten) throw new Error(`Kindergarten ${group.kindergartenId} of group ${group.id} is missing`);
    return kindergarten;
  }
}
