import { ANONYMOUS, LoaderRegistry, testClientViewer, testViewer, type Locale, type Viewer } from '@eco/kit';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { AuditContext } from '../../src/context';
import { buildAuditSchema } from '../../src/schema';
import type { AuditServices } from '../../src/services';
import { ADMIN, CITIZEN, EMPLOYEE } from './events';
import { silentLogger } from './test-database';

let schemaPromise: Promise<GraphQLSchema> | null = null;
const auditSchema = () => (schemaPromise ??= buildAuditSchema().then((built) => built.schema));

// Viewers as the kit builds them from verified tokens.
export const admin = testViewer(ADMIN, ['ADMIN']);
export const citizen = testViewer(CITIZEN, ['CITIZEN']);
export const employee = testViewer(EMPLOYEE, ['EMPLOYEE'], 'MVD');
export const apiClient = testClientViewer('00000000-0000-4000-8000-0000000000c1', 'client-1', ['applications:read']);
export { ANONYMOUS };

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
export type Result = ExecutionResult<Record<string, any>>;

/** Runs an operation through the full subgraph schema (shield included) with a fresh request context. */
export async function execute(
  services: AuditServices,
  source: string,
  options: { viewer?: Viewer; variables?: Record<string, unknown>; locale?: Locale } = {},
): Promise<Result> {
  const contextValue: AuditContext = {
    viewer: options.viewer ?? ANONYMOUS,
    requestId: 'test-request',
    locale: options.locale ?? 'en',
    logger: silentLogger,
    loaders: new LoaderRegistry(),
    services,
  };
  return (await graphql({ schema: await auditSchema(), source, variableValues: options.variables, contextValue })) as Result;
}

export const errorCodes = (result: ExecutionResult): unknown[] => (result.errors ?? []).map((error) => error.extensions?.code);
