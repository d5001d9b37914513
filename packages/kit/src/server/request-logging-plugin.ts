import type { ApolloServerPlugin } from '@apollo/server';
import type { Viewer } from '../auth/viewer';
import type { Logger } from '../logging/logger';

/** What the plugin needs of a context; subgraphs and the gateway both have it. */
export interface LoggableContext {
  requestId: string;
  viewer: Viewer;
  logger: Logger;
}

/** One structured line per operation (the context's logger already carries the request id). */
export function requestLoggingPlugin<TContext extends LoggableContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              userId: contextValue.viewer.userId,
              durationMs: Number(process.hrtime.bigint() - startedAt) / 1e6,
              errorCodes: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
