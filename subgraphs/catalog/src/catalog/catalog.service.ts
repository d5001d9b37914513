import { orderByKeys, type KeyValue, type Locale, type PageWindow, type SqlSchema } from '@eco/kit';
import type { PrismaClient, Service as ServiceRow } from '../generated/prisma/client';
import { invalidInput } from './messages';
import {
  departmentServicesQuery,
  effectiveSort,
  serviceCountQuery,
  serviceIdRows,
  servicePageQuery,
  type DepartmentServiceRow,
  type ServiceFilterValues,
  type ServiceIdRow,
  type ServiceListSpec,
  type ServiceSort,
} from './service-query';

export type { ServiceRow };

export const MAX_SEARCH_LENGTH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGION_CODE = /^\d{2}$/;

export interface ServiceListRequest {
  search?: string | null;
  filter?: ServiceFilterValues | null;
  order?: ServiceSort | null;
  locale: Locale;
  window: PageWindow;
}

export interface ServicePage {
  nodes: ServiceRow[];
  totalCount: number;
  /** The nodes' sort keys when they are not fields of the row (a search rank, a lower-cased title). */
  keys?: KeyValue[][];
}

export interface DepartmentPageKey {
  departmentId: string;
  window: PageWindow;
}

export type ServiceKey = { id: string } | { code: string };

/** Listing, search and lookup of public services. Knows nothing of GraphQL. */
export class CatalogService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly schema: SqlSchema,
  ) {}

  /** One statement for the page of ids (with the total), one to load those rows. */
  async listServices(request: ServiceListRequest): Promise<ServicePage> {
    const spec = await this.validate(request);
    const page: ServiceIdRow[] = serviceIdRows(await this.prisma.$queryRaw(servicePageQuery(this.schema, spec)), spec);
    let totalCount = page.length ? Number(page[0].total) : 0;
    if (!page.length && spec.window.after) {
      const [count] = await this.prisma.$queryRaw<{ total: bigint }[]>(serviceCountQuery(this.schema, spec));
      totalCount = Number(count.total);
    }
    const rows = await this.servicesByIds(page.map((row) => row.id));
    const found = page.map((row, index) => ({ node: rows[index], key: row.key })).filter((entry) => entry.node !== null);
    return { nodes: found.map((entry) => entry.node as ServiceRow), totalCount, keys: found.map((entry) => entry.key) };
  }

  /** Batch lookup for DataLoaders: rows in the order of `ids`, null for unknown ones. */
  async servicesByIds(ids: readonly string[]): Promise<(ServiceRow | null)[]> {
    // A malformed id cannot exist; PostgreSQL would reject it as a uuid.
    const valid = ids.filter((id) => UUID.test(id));
    const rows = valid.length ? await this.prisma.service.findMany({ where: { id: { in: valid } } }) : [];
    return orderByKeys(ids, rows, (row) => row.id);
  }

  async serviceByCode(code: string): Promise<ServiceRow | null> {
    return this.prisma.service.findUnique({ where: { code } });
  }

  /** `service(id, code)` takes exactly one of the two. */
  serviceKey(args: { id?: string | null; code?: string | null }, locale: Locale): ServiceKey {
    const hasId = args.id != null;
    const hasCode = args.code != null;
    if (hasId === hasCode) throw invalidInput('SERVICE_KEY_REQUIRED', locale);
    return hasId ? { id: args.id as string } : { code: args.code as string };
  }

  /** Region codes per service, in the order of `serviceIds`; [] means every region. */
  async regionCodesOfServices(serviceIds: readonly string[]): Promise<string[][]> {
    const valid = serviceIds.filter((id) => UUID.test(id));
    const links = valid.length
      ? await this.prisma.serviceRegion.findMany({
          where: { serviceId: { in: valid } },
          orderBy: { regionCode: 'asc' },
        })
      : [];
    const byService = new Map<string, string[]>();
    for (const link of links) {
      const codes = byService.get(link.serviceId) ?? [];
      codes.push(link.regionCode);
      byService.set(link.serviceId, codes);
    }
    return serviceIds.map((id) => byService.get(id) ?? []);
  }

  /** Batch for DataLoaders: a page of each department's services, most popular first. */
  async servicesOfDepartments(keys: readonly DepartmentPageKey[]): Promise<ServicePage[]> {
    // One statement per distinct page window (usually one), then one to load the rows.
    const windowName = (window: PageWindow) => JSON.stringify([window.after, window.take]);
    const groups = new Map<string, { window: PageWindow; departmentIds: string[] }>();
    for (const key of keys) {
      const group = groups.get(windowName(key.window)) ?? { window: key.window, departmentIds: [] };
      group.departmentIds.push(key.departmentId);
      groups.set(windowName(key.window), group);
    }
    const ranked = new Map<string, DepartmentServiceRow[]>();
    await Promise.all(
      [...groups].map(async ([name, { window, departmentIds }]) => {
        const query = departmentServicesQuery(this.schema, departmentIds, window);
        ranked.set(name, await this.prisma.$queryRaw<DepartmentServiceRow[]>(query));
      }),
    );
    const inPage = [...ranked.values()].flat().filter((row) => row.inPage);
    const services = await this.servicesByIds([...new Set(inPage.map((row) => row.id))]);
    const byId = new Map(services.filter((row): row is ServiceRow => row !== null).map((row) => [row.id, row]));
    return keys.map((key) => {
      const rows = (ranked.get(windowName(key.window)) ?? []).filter((row) => row.departmentId === key.departmentId);
      return {
        nodes: rows.filter((row) => row.inPage && byId.has(row.id)).map((row) => byId.get(row.id) as ServiceRow),
        totalCount: rows.length ? Number(rows[0].total) : 0,
      };
    });
  }

  private async validate(request: ServiceListRequest): Promise<ServiceListSpec> {
    const search = request.search?.trim() || null;
    if (search && search.length > MAX_SEARCH_LENGTH) throw invalidInput('SEARCH_TOO_LONG', request.locale, 'search');
    const filter = request.filter ?? {};
    if (filter.regionCode != null) await this.assertRegion(filter.regionCode, request.locale);
    const order = effectiveSort(search, request.order);
    return { search, filter, order, locale: request.locale, window: request.window };
  }

  // An unknown region would otherwise silently list the every-region services as its own.
  private async assertRegion(code: string, locale: Locale): Promise<void> {
    if (!REGION_CODE.test(code)) throw invalidInput('REGION_CODE_INVALID', locale, 'filter.regionCode');
    const region = await this.prisma.region.findUnique({ where: { code }, select: { code: true } });
    if (!region) throw invalidInput('REGION_UNKNOWN', locale, 'filter.regionCode');
  }
}
