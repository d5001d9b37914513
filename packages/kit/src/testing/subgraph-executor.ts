import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import type { Locale } from '../i18n/locale';
import { LoaderRegistry } from '../loaders/loader-registry';
import { createLogger } from '../logging/logger';
import type { FederatedSchema } from '../schema/build-federated-schema';
import { openSealedEvent } from '../events/sealed-event';

/** The event token of test contexts: seal a live event with it (sealEvent) to hand it to a `…Event(event)` field. */
export const TEST_LIVE_EVENT_KEY = 'test-live-event-key';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
export type TestResult = ExecutionResult<Record<string, any>>;

export interface TestExecutionOptions {
  viewer?: Viewer;
  variables?: Record<string, unknown>;
  locale?: Locale;
}

/**
 * For subgraph tests: an `execute(services, source, options)` that runs an operation through the
 * subgraph's full schema (graphql-shield included) with a fresh request context, as
 * startSubgraph builds it from a verified token, but without HTTP. The schema is built once.
 */
export function subgraphExecutor<Services>(buildSchema: () => Promise<FederatedSchema>, defaults: { locale?: Locale } = {}) {
  let schema: Promise<GraphQLSchema> | null = null;
  const logger = createLogger('test', 'silent');
  return async <T = any>(services: Services, source: string, options: TestExecutionOptions = {}): Promise<ExecutionResult<T>> => {
    schema ??= buildSchema().then((built) => built.schema);
    const contextValue = {
      viewer: options.viewer ?? ANONYMOUS,
      requestId: 'test-request',
      locale: options.locale ?? defaults.locale ?? 'en',
      logger,
      loaders: new LoaderRegistry(),
      services,
      openLiveEvent: (sealed: string) => openSealedEvent(sealed, TEST_LIVE_EVENT_KEY),
    };
    return (await graphql({ schema: await schema, source, variableValues: options.variables, contextValue })) as ExecutionResult<T>;
  };
}

/** The `extensions.code` of each error, in order. */
export const errorCodes = (result: ExecutionResult): unknown[] => (result.errors ?? []).map((error) => error.extensions?.code);
