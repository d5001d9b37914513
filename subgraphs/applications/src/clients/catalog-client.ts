import { SubgraphClient } from '@eco/kit';

/** What applications needs to know of a catalog service. */
export interface CatalogService {
  id: string;
  code: string;
  titleRu: string;
  titleEn: string;
  formSchema: Record<string, unknown>;
  processingDays: number;
  /** State fee in kopecks; 0 when the service is free. */
  feeKopecks: number;
  departmentId: string;
}

const SERVICE_QUERY = /* GraphQL */ `
  query ApplicationsServiceLookup($id: ID, $code: String) {
    service(id: $id, code: $code) { id code titleRu titleEn formSchema processingDays feeKopecks department { id } }
  }
`;

interface ServiceData {
  service: (Omit<CatalogService, 'departmentId'> & { department: { id: string } }) | null;
}

/** What applications needs to know of a catalog department (its name goes on result documents). */
export interface CatalogDepartment {
  id: string;
  nameRu: string;
  nameEn: string;
}

const DEPARTMENT_QUERY = /* GraphQL */ `
  query ApplicationsDepartmentLookup($id: ID!) {
    department(id: $id) { id nameRu nameEn }
  }
`;

export interface CatalogClientOptions {
  /** The catalog subgraph's GraphQL URL (config.subgraphUrls.catalog). */
  url: string;
  /** How long a found service is reused; catalog edits reach submissions after this. */
  ttlMs?: number;
  /** How long "no such service" is remembered. */
  missTtlMs?: number;
  now?: () => number;
}

export const DEFAULT_SERVICE_TTL_MS = 60_000;
export const DEFAULT_MISS_TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;

type ServiceKey = { id: string } | { code: string };

/**
 * The catalog, reached THROUGH THE GRAPH (its subgraph's GraphQL), never its database. Lookups are
 * cached in-process for a short time and concurrent lookups of one service share one request.
 */
export class CatalogClient {
  private readonly cache = new Map<string, { expiresAt: number; value: Promise<unknown> }>();
  private readonly ttlMs: number;
  private readonly missTtlMs: number;
  private readonly now: () => number;
  private readonly catalog: SubgraphClient;

  constructor(options: CatalogClientOptions) {
    this.catalog = new SubgraphClient({ subgraph: 'catalog', url: options.url });
    this.ttlMs = options.ttlMs ?? DEFAULT_SERVICE_TTL_MS;
    this.missTtlMs = options.missTtlMs ?? DEFAULT_MISS_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  serviceById(id: string): Promise<CatalogService | null> {
    return this.lookup({ id });
  }

  serviceByCode(code: string): Promise<CatalogService | null> {
    return this.lookup({ code });
  }

  /** A department by its id (the code, "MVD"); null when the catalog has none. */
  departmentById(id: string): Promise<CatalogDepartment | null> {
    return this.cached(`department:${id}`, async () => (await this.catalog.query<{ department: CatalogDepartment | null }>(DEPARTMENT_QUERY, { id })).department);
  }

  /** Forgets every cached service and department (tests; an operator after a catalog fix). */
  clear(): void {
    this.cache.clear();
  }

  private lookup(key: ServiceKey): Promise<CatalogService | null> {
    return this.cached('id' in key ? `id:${key.id}` : `code:${key.code}`, () => this.fetch(key));
  }

  private cached<T>(cacheKey: string, fetch: () => Promise<T | null>): Promise<T | null> {
    const cached = this.cache.get(cacheKey) as { expiresAt: number; value: Promise<T | null> } | undefined;
    if (cached && cached.expiresAt > this.now()) return cached.value;
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    const value = fetch();
    const entry = { expiresAt: this.now() + this.ttlMs, value };
    this.cache.set(cacheKey, entry);
    value.then(
      (found) => {
        if (found === null) entry.expiresAt = this.now() + this.missTtlMs;
      },
      // A failed call is not remembered: the next lookup tries again.
      () => {
        if (this.cache.get(cacheKey) === entry) this.cache.delete(cacheKey);
      },
    );
    return value;
  }

  private async fetch(key: ServiceKey): Promise<CatalogService | null> {
    const data = await this.catalog.query<ServiceData>(SERVICE_QUERY, 'id' in key ? { id: key.id } : { code: key.code });
    if (!data.service) return null;
    const { department, ...service } = data.service;
    return { ...service, departmentId: department.id };
  }
}
