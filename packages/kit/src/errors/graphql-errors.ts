import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** HTTP status a whole-request failure maps to (GraphQL-over-HTTP). */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
};

export function codedError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

export const unauthenticated = (message = 'Authentication required') =>
  codedError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'Not allowed') => codedError(ErrorCode.FORBIDDEN, message);

export const notFound = (entity: string, id?: string) =>
  codedError(ErrorCode.NOT_FOUND, id ? `${entity} ${id} not found` : `${entity} not found`, { entity });

export const conflict = (message: string) => codedError(ErrorCode.CONFLICT, message);

export const badUserInput = (message: string, field?: string) =>
  codedError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof GraphQLError) return error.extensions?.code as string | undefined;
  return undefined;
}
