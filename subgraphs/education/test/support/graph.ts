import { ANONYMOUS, LoaderRegistry, Role, type Locale, type Viewer } from '@eco/kit';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { EducationContext } from '../../src/context';
import { buildEducationSchema } from '../../src/schema';
import type { EducationServices } from '../../src/services';
import { silentLogger } from './test-database';

let schemaPromise: Promise<GraphQLSchema> | null = null;
const educationSchema = () => (schemaPromise ??= buildEducationSchema().then((built) => built.schema));

// Viewers as the kit builds them from verified tokens.
export const citizen = (userId: string, token = 'test'): Viewer => ({ userId, roles: [Role.CITIZEN], departmentId: null, scopes: [], token });
export const employee = (userId: string, departmentId: string): Viewer => ({ userId, roles: [Role.EMPLOYEE], departmentId, scopes: [], token: 'test' });
export { ANONYMOUS };

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
export type Result = ExecutionResult<Record<string, any>>;

/** Runs an operation through the full subgraph schema (shield included) with a fresh request context. */
export async function execute(
  services: EducationServices,
  source: string,
  options: { viewer?: Viewer; variables?: Record<string, unknown>; locale?: Locale } = {},
): Promise<Result> {
  const contextValue: EducationContext = {
    viewer: options.viewer ?? ANONYMOUS,
    requestId: 'test-request',
    locale: options.locale ?? 'en',
    logger: silentLogger,
    loaders: new LoaderRegistry(),
    services,
  };
  return (await graphql({ schema: await educationSchema(), source, variableValues: options.variables, contextValue })) as Result;
}

export const errorCodes = (result: ExecutionResult): unknown[] => (result.errors ?? []).map((error) => error.extensions?.code);
