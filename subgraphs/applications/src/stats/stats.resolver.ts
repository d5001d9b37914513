import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApplicationsContext } from '../context';
import { ServiceRef } from './service.type';
import type { ApplicationStats } from './stats.service';
import { ApplicationStatsType } from './stats.type';

function serviceStatsLoader(ctx: ApplicationsContext) {
  return ctx.loaders.get<string, ApplicationStats>('Service.stats', (ids) => ctx.services.stats.forServices(ids));
}

/** Public statistics: counts and averages, never a person. */
@Resolver(() => ServiceRef)
export class StatsResolver {
  @Directive('@tag(name: "public")')
  @FieldResolver(() => ApplicationStatsType, { description: "Statistics of this service's applications (no personal data)." })
  async stats(@Root() service: ServiceRef, @Ctx() ctx: ApplicationsContext): Promise<ApplicationStats> {
    return (await serviceStatsLoader(ctx).load(service.id)) as ApplicationStats;
  }

  @Directive('@tag(name: "public")')
  @Query(() => ApplicationStatsType, { description: "Statistics of a department's applications (no personal data)." })
  departmentStats(@Arg('departmentId', () => ID) departmentId: string, @Ctx() ctx: ApplicationsContext): Promise<ApplicationStats> {
    return ctx.services.stats.forDepartment(departmentId);
  }
}
