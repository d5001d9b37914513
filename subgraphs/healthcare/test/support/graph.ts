import { ANONYMOUS, LoaderRegistry, Role, type Locale, type Viewer } from '@eco/kit';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { HealthcareContext } from '../../src/context';
import { buildHealthcareSchema } from '../../src/schema';
import type { HealthcareServices } from '../../src/services';
import { silentLogger } from './test-database';

let schemaPromise: Promise<GraphQLSchema> | null = null;
const healthcareSchema = () => (schemaPromise ??= buildHealthcareSchema().then((built) => built.schema));

// Viewers as the kit builds them from verified tokens.
export const citizen = (userId: string): Viewer => ({ userId, roles: [Role.CITIZEN], departmentId: null, scopes: [], token: 'test' });
export const employee = (userId: string, departmentId: string): Viewer => ({ userId, roles: [Role.EMPLOYEE], departmentId, scopes: [], token: 'test' });
export { ANONYMOUS };

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
export type Result = ExecutionResult<Record<string, any>>;

/** Runs an operation through the full subgraph schema (shield included) with a fresh request context. */
export async function execute(
  services: HealthcareServices,
  source: string,
  options: { viewer?: Viewer; variables?: Record<string, unknown>; locale?: Locale } = {},
): Promise<Result> {
  const contextValue: HealthcareContext = {
    viewer: options.viewer ?? ANONYMOUS,
    requestId: 'test-request',
    locale: options.locale ?? 'en',
    logger: silentLogger,
    loaders: new LoaderRegistry(),
    services,
  };
  return (await graphql({ schema: await healthcareSchema(), source, variableValues: options.variables, contextValue })) as Result;
}

export const errorCodes = (result: ExecutionResult): unknown[] => (result.errors ?? []).map((error) => error.extensions?.code);
