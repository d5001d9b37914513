import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context';
import { departmentLoader } from '../departments/department.loader';
import { DepartmentType } from '../departments/department.type';
import type { DepartmentRow } from '../departments/departments.service';
import { regionLoader } from '../regions/region.loader';
import { RegionType } from '../regions/region.type';
import type { RegionRow } from '../regions/regions.service';
import { LocaleArg, resolveLocale } from '@eco/kit';
import type { ServiceRow } from './catalog.service';
import { isAvailableOnline } from './online';
import { serviceRegionCodesLoader } from './service.loader';
import { ServiceType } from './service.type';

const localeArg = () => Arg('locale', () => LocaleArg, { nullable: true, description: 'Default: the request language.' });

/** Localized and related fields of Service; relations go through the request's loaders. */
@Resolver(() => ServiceType)
export class ServiceFieldsResolver {
  @FieldResolver(() => String)
  title(@Root() service: ServiceRow, @localeArg() locale: LocaleArg | null, @Ctx() ctx: CatalogContext): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? service.titleEn : service.titleRu;
  }

  @FieldResolver(() => String, { description: 'What the citizen gets and when.' })
  description(@Root() service: ServiceRow, @localeArg() locale: LocaleArg | null, @Ctx() ctx: CatalogContext): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? service.descriptionEn : service.descriptionRu;
  }

  @FieldResolver(() => String, { description: 'Section of the portal, e.g. "Паспорта, регистрация, визы".' })
  subcategory(@Root() service: ServiceRow, @localeArg() locale: LocaleArg | null, @Ctx() ctx: CatalogContext): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? service.subcategoryEn : service.subcategoryRu;
  }

  @FieldResolver(() => [String], { description: 'Documents the applicant needs.' })
  requiredDocuments(
    @Root() service: ServiceRow,
    @localeArg() locale: LocaleArg | null,
    @Ctx() ctx: CatalogContext,
  ): string[] {
    return resolveLocale(locale, ctx.locale) === 'en' ? service.requiredDocumentsEn : service.requiredDocumentsRu;
  }

  @FieldResolver(() => DepartmentType)
  async department(@Root() service: ServiceRow, @Ctx() ctx: CatalogContext): Promise<DepartmentRow> {
    const department = await departmentLoader(ctx).load(service.departmentId);
    // The foreign key guarantees the row; its absence is a broken database, not a user error.
    if (!department) throw new Error(`Department ${service.departmentId} of service ${service.id} is missing`);
    return department;
  }

  @FieldResolver(() => [RegionType], { description: 'Regions where the service is available; empty = every region.' })
  async regions(@Root() service: ServiceRow, @Ctx() ctx: CatalogContext): Promise<RegionRow[]> {
    const codes = (await serviceRegionCodesLoader(ctx).load(service.id)) ?? [];
    const regions = await regionLoader(ctx).loadMany(codes);
    return regions.filter((region): region is RegionRow => region !== null && !(region instanceof Error));
  }

  @FieldResolver(() => Boolean, { description: 'True when the service is available in every region.' })
  async availableEverywhere(@Root() service: ServiceRow, @Ctx() ctx: CatalogContext): Promise<boolean> {
    const codes = (await serviceRegionCodesLoader(ctx).load(service.id)) ?? [];
    return codes.length === 0;
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the service can be applied for online: ELECTRONIC, TRANSACTIONAL or online-only.',
  })
  availableOnline(@Root() service: ServiceRow): boolean {
    return isAvailableOnline(service);
  }
}
