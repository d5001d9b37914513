import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@eco/kit';
import Negotiator from 'negotiator';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** No Accept header counts as `application/json` (the spec); `*\/*` admits the modern type too. */
export function acceptsGraphQLResponseJson(accept: string | undefined): boolean {
  return Boolean(accept && new Negotiator({ headers: { accept } }).mediaType([GRAPHQL_RESPONSE_JSON]));
}

/** Refusals of a well-formed request's document: parse, validation (limits too), variables, operation name. */
export const DOCUMENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.DEPTH_LIMIT_EXCEEDED,
  ErrorCode.ALIAS_LIMIT_EXCEEDED,
  ErrorCode.TOKEN_LIMIT_EXCEEDED,
  ErrorCode.DIRECTIVE_LIMIT_EXCEEDED,
  ErrorCode.COST_LIMIT_EXCEEDED,
]);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy type) reads every
 * answer to a well-formed request with status 200, errors included; clients that accept
 * `application/graphql-response+json` get 400 for a document that could not run. Apollo Server
 * answers 400 to both.
 */
export function useLegacyJsonStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          if (acceptsGraphQLResponseJson(request.http?.headers.get('accept'))) return;
          const { errors, data } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => DOCUMENT_ERROR_CODES.has(String(e.extensions?.code)))) response.http.status = 200;
        },
      };
    },
  };
}
