import { pageWindow, toConnection, type Connection } from '@eco/kit';
import { Args, Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context';
import type { ServiceRow } from './catalog.service';
import { effectiveSort, serviceKeysetOrder } from './service-query';
import { ServiceKeyArgs, ServicesArgs } from './service.input';
import { serviceLoader } from './service.loader';
import { ServiceConnection, ServiceType } from './service.type';

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Directive('@tag(name: "public")')
  @Query(() => ServiceConnection, {
    description:
      'Public services: full-text search in Russian and English (typos tolerated in titles), filters, a Relay page.',
  })
  async services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() ctx: CatalogContext): Promise<Connection<ServiceRow>> {
    const { search, filter, orderBy } = args;
    const window = pageWindow(args, serviceKeysetOrder(effectiveSort(search, orderBy), ctx.locale));
    const result = await ctx.services.catalog.listServices({ search, filter, order: orderBy, locale: ctx.locale, window });
    return toConnection(result.nodes, window, result.totalCount, result.keys);
  }

  @Directive('@tag(name: "public")')
  @Query(() => ServiceType, {
    nullable: true,
    description: 'One service by `id` or by `code` (exactly one of them); null when there is none.',
  })
  async service(@Args(() => ServiceKeyArgs) args: ServiceKeyArgs, @Ctx() ctx: CatalogContext): Promise<ServiceRow | null> {
    const key = ctx.services.catalog.serviceKey(args, ctx.locale);
    return 'id' in key ? serviceLoader(ctx).load(key.id) : ctx.services.catalog.serviceByCode(key.code);
  }
}
