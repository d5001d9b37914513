import { ANONYMOUS, DocumentsClient, Role, type DocumentChecker, type Viewer, subgraphExecutor, errorCodes } from '@eco/kit';
import { CatalogClient, type CatalogService } from '../../src/clients/catalog-client';
import { IdentityClient } from '../../src/clients/identity-client';
import { buildApplicationsSchema } from '../../src/schema';
import { createApplicationsServices, type ApplicationsServices } from '../../src/services';
import { GRAPH_ENV } from './env';
import { type TestDatabase } from './test-database';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests with this package's jest config (its globalSetup starts catalog and identity)`);
  return value;
}

export const catalogUrl = () => requiredEnv(GRAPH_ENV.catalog);
export const identityUrl = () => requiredEnv(GRAPH_ENV.identity);
export const jwksUrl = () => requiredEnv(GRAPH_ENV.jwks);

/** A clock the test sets and moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-03-02T09:00:00Z')) {}
  readonly now = (): Date => new Date(this.current);
  set(date: Date | string): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export interface TestServiceOptions {
  /** Default: no documents subgraph configured (a form naming a document gets DOCUMENTS_UNAVAILABLE). */
  documents?: DocumentChecker;
  /** Default: the real catalog started by globalSetup. */
  catalog?: CatalogClient;
}

export function testServices(db: TestDatabase, clock = new TestClock(), options: TestServiceOptions = {}): ApplicationsServices {
  return createApplicationsServices(db.prisma, {
    dbSchema: db.schema,
    catalog: options.catalog ?? new CatalogClient({ url: catalogUrl() }),
    identity: new IdentityClient({ url: identityUrl() }),
    documents: options.documents ?? new DocumentsClient({ url: null }),
    now: clock.now,
  });
}

/** The catalog's services used by the tests, by code. */
export async function catalogService(code: string): Promise<CatalogService> {
  const service = await new CatalogClient({ url: catalogUrl() }).serviceByCode(code);
  if (!service) throw new Error(`catalog has no service ${code}`);
  return service;
}

// Viewers as the kit builds them from verified tokens (ids need not exist in identity).
export const citizen = (userId: string, token: string | null = null): Viewer => ({ userId, roles: [Role.CITIZEN], departmentId: null, scopes: [], token });
export const employee = (userId: string, departmentId: string): Viewer => ({ userId, roles: [Role.EMPLOYEE], departmentId, scopes: [], token: null });
export { ANONYMOUS };

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<ApplicationsServices>(buildApplicationsSchema);
export { errorCodes };

