import { ANONYMOUS, LoaderRegistry, type Locale, type Viewer } from '@eco/kit';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { NotificationsContext } from '../../src/context';
import { buildNotificationsSchema } from '../../src/schema';
import type { NotificationsServices } from '../../src/services';
import { silentLogger } from './test-database';

let schemaPromise: Promise<GraphQLSchema> | null = null;

export function notificationsSchema(): Promise<GraphQLSchema> {
  schemaPromise ??= buildNotificationsSchema().then((built) => built.schema);
  return schemaPromise;
}

export interface ExecuteOptions {
  viewer?: Viewer;
  variables?: Record<string, unknown>;
  locale?: Locale;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
export type Result = ExecutionResult<Record<string, any>>;

/**
 * Runs an operation through the full subgraph schema (shield included) with a fresh request
 * context, as startSubgraph builds it from a verified token, but without HTTP.
 */
export async function execute(services: NotificationsServices, source: string, options: ExecuteOptions = {}): Promise<Result> {
  const contextValue: NotificationsContext = {
    viewer: options.viewer ?? ANONYMOUS,
    requestId: 'test-request',
    locale: options.locale ?? 'ru',
    logger: silentLogger,
    loaders: new LoaderRegistry(),
    services,
  };
  return (await graphql({ schema: await notificationsSchema(), source, variableValues: options.variables, contextValue })) as Result;
}

export function errorCodes(result: ExecutionResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
