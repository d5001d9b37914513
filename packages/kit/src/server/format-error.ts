import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, EXPECTED_ERROR_CODES } from '../errors/error-codes';
import type { Logger } from '../logging/logger';

/**
 * Extensions that describe our insides (a subgraph's name, URL, status and raw body as Apollo
 * Gateway attaches them, stack traces, HTTP hints): never sent to a client.
 */
const INTERNAL_EXTENSIONS = ['stacktrace', 'http', 'serviceName', 'response', 'exception', 'originalError'];

/**
 * Expected errors go out as they are, less internal extensions; anything else is logged and replaced by a generic
 * coded error, so no stack trace, SQL or personal data ever reaches a client.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && EXPECTED_ERROR_CODES.has(code)) {
      const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)));
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
