import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/**
 * A field's refusal: an error on that field's path, answered with HTTP 200 beside whatever the
 * other fields got. It never carries an HTTP status: Apollo Server would apply it to the whole
 * response, and a gateway would then drop every field the fetch brought (issue 10).
 */
export function codedError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = 'Authentication required') =>
  codedError(ErrorCode.UNAUTHENTICATED, message);

/**
 * The request's own credentials are bad (a forged, expired or malformed token): nothing runs,
 * and the whole request is answered 401 (GraphQL-over-HTTP), as no field could be served.
 */
export const invalidCredentials = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

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
