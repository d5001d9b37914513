import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context';
import { LocaleArg, resolveLocale } from '@eco/kit';
import { RegionType } from './region.type';
import type { RegionRow } from './regions.service';

@Resolver(() => RegionType)
export class RegionResolver {
  @Directive('@tag(name: "public")')
  @Query(() => [RegionType], { description: 'All 89 subjects of the Russian Federation, by code.' })
  regions(@Ctx() ctx: CatalogContext): Promise<RegionRow[]> {
    return ctx.services.regions.listRegions();
  }

  @FieldResolver(() => ID, { description: 'The same as `code`.' })
  id(@Root() region: RegionRow): string {
    return region.code;
  }

  @FieldResolver(() => String, { description: 'Name in the requested language (default: the request language).' })
  name(
    @Root() region: RegionRow,
    @Arg('locale', () => LocaleArg, { nullable: true }) locale: LocaleArg | null,
    @Ctx() ctx: CatalogContext,
  ): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? region.nameEn : region.nameRu;
  }

  @FieldResolver(() => String, { description: 'Federal district, in the requested language.' })
  federalDistrict(
    @Root() region: RegionRow,
    @Arg('locale', () => LocaleArg, { nullable: true }) locale: LocaleArg | null,
    @Ctx() ctx: CatalogContext,
  ): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? region.federalDistrictEn : region.federalDistrictRu;
  }
}
