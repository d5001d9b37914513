import { ANONYMOUS, LoaderRegistry, type Locale, type Viewer } from '@eco/kit';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { PaymentsContext } from '../../src/context';
import { buildPaymentsSchema } from '../../src/schema';
import type { PaymentsServices } from '../../src/services';
import { silentLogger } from './test-database';

let schemaPromise: Promise<GraphQLSchema> | null = null;

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
export type Result = ExecutionResult<Record<string, any>>;

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export async function execute(
  services: PaymentsServices,
  source: string,
  options: { viewer?: Viewer; variables?: Record<string, unknown>; locale?: Locale } = {},
): Promise<Result> {
  schemaPromise ??= buildPaymentsSchema().then((built) => built.schema);
  const contextValue: PaymentsContext = {
    viewer: options.viewer ?? ANONYMOUS,
    requestId: 'test-request',
    locale: options.locale ?? 'ru',
    logger: silentLogger,
    loaders: new LoaderRegistry(),
    services,
  };
  return (await graphql({ schema: await schemaPromise, source, variableValues: options.variables, contextValue })) as Result;
}

export const errorCodes = (result: ExecutionResult): unknown[] => (result.errors ?? []).map((error) => error.extensions?.code);
