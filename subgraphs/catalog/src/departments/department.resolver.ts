import { PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ServiceRow } from '../catalog/catalog.service';
import { departmentServicesLoader } from '../catalog/service.loader';
import { ServiceConnection } from '../catalog/service.type';
import { DEPARTMENT_SERVICES_ORDER } from '../catalog/service-query';
import type { CatalogContext } from '../context';
import { LocaleArg, resolveLocale } from '@eco/kit';
import { departmentLoader } from './department.loader';
import { DepartmentType } from './department.type';
import type { DepartmentRow } from './departments.service';

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Directive('@tag(name: "public")')
  @Query(() => [DepartmentType], { description: 'Every department, alphabetically by name in the request language.' })
  departments(@Ctx() ctx: CatalogContext): Promise<DepartmentRow[]> {
    return ctx.services.departments.listDepartments(ctx.locale);
  }

  @Directive('@tag(name: "public")')
  @Query(() => DepartmentType, { nullable: true, description: 'A department by its id (= code, e.g. "MVD"); null if unknown.' })
  department(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<DepartmentRow | null> {
    return departmentLoader(ctx).load(id);
  }

  @FieldResolver(() => String, { description: 'Department code, e.g. "MVD" (the same as `id`).' })
  code(@Root() department: DepartmentRow): string {
    return department.id;
  }

  @FieldResolver(() => String, { description: 'Full name in the requested language (default: the request language).' })
  name(
    @Root() department: DepartmentRow,
    @Arg('locale', () => LocaleArg, { nullable: true }) locale: LocaleArg | null,
    @Ctx() ctx: CatalogContext,
  ): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? department.nameEn : department.nameRu;
  }

  @FieldResolver(() => ServiceConnection, { description: "The department's services, most popular first." })
  async services(
    @Root() department: DepartmentRow,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CatalogContext,
  ): Promise<Connection<ServiceRow>> {
    const window = pageWindow(page, DEPARTMENT_SERVICES_ORDER);
    const result = await departmentServicesLoader(ctx).load({ departmentId: department.id, window });
    return toConnection(result.nodes, window, result.totalCount);
  }
}
