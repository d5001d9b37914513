import { ANONYMOUS, LoaderRegistry, type Locale } from '@eco/kit';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { CatalogContext } from '../../src/context';
import { buildCatalogSchema } from '../../src/schema';
import type { CatalogServices } from '../../src/services';
import { silentLogger } from './test-database';

let schemaPromise: Promise<GraphQLSchema> | null = null;

function catalogSchema(): Promise<GraphQLSchema> {
  schemaPromise ??= buildCatalogSchema().then((built) => built.schema);
  return schemaPromise;
}

export interface ExecuteOptions {
  variables?: Record<string, unknown>;
  locale?: Locale;
}

/**
 * Runs an operation through the full subgraph schema (shield included) with a fresh request
 * context, as startSubgraph builds it, but without HTTP.
 */
export async function execute<T = Record<string, unknown>>(
  services: CatalogServices,
  source: string,
  options: ExecuteOptions = {},
): Promise<ExecutionResult<T>> {
  const contextValue: CatalogContext = {
    viewer: ANONYMOUS,
    requestId: 'test-request',
    locale: options.locale ?? 'ru',
    logger: silentLogger,
    loaders: new LoaderRegistry(),
    services,
  };
  return (await graphql({
    schema: await catalogSchema(),
    source,
    variableValues: options.variables,
    contextValue,
  })) as ExecutionResult<T>;
}

export function errorCodes(result: ExecutionResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
