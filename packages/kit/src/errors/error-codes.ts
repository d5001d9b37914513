/**
 * The codes every GraphQL error of ours carries in `extensions.code`.
 * Clients switch on these, so they are part of the public contract.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // The gateway's limits: each refusal says which limit it hit (and `extensions.limit` by how much).
  DEPTH_LIMIT_EXCEEDED: 'DEPTH_LIMIT_EXCEEDED',
  ALIAS_LIMIT_EXCEEDED: 'ALIAS_LIMIT_EXCEEDED',
  TOKEN_LIMIT_EXCEEDED: 'TOKEN_LIMIT_EXCEEDED',
  DIRECTIVE_LIMIT_EXCEEDED: 'DIRECTIVE_LIMIT_EXCEEDED',
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  /** The caller's cost budget is spent for now: HTTP 429 with Retry-After. */
  THROTTLED: 'THROTTLED',
  /** A department system did not answer before the operation's deadline (EXECUTION_TIMEOUT_MS). */
  GATEWAY_TIMEOUT: 'GATEWAY_TIMEOUT',
  /** A department system is down or answered nonsense: only the fields it owns are null. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The operation named by `operationName` is not in the document, or the name is missing. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** A subscription sent over HTTP: subscriptions run over WebSocket (graphql-ws). */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  /** The request is not well-formed GraphQL over HTTP (body, encoding, parameters). */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** Trusted-documents mode: only registered operations run (names as Apollo Router has them). */
  PERSISTED_QUERY_ID_REQUIRED: 'PERSISTED_QUERY_ID_REQUIRED',
  PERSISTED_QUERY_NOT_IN_LIST: 'PERSISTED_QUERY_NOT_IN_LIST',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes whose message is safe to show to the caller as it is. */
export const EXPECTED_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.DEPTH_LIMIT_EXCEEDED,
  ErrorCode.ALIAS_LIMIT_EXCEEDED,
  ErrorCode.TOKEN_LIMIT_EXCEEDED,
  ErrorCode.DIRECTIVE_LIMIT_EXCEEDED,
  ErrorCode.COST_LIMIT_EXCEEDED,
  ErrorCode.THROTTLED,
  ErrorCode.GATEWAY_TIMEOUT,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  ErrorCode.OPERATION_NOT_SUPPORTED,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  ErrorCode.PERSISTED_QUERY_ID_REQUIRED,
  ErrorCode.PERSISTED_QUERY_NOT_IN_LIST,
  // Apollo's own request-level codes (parse/validation) are expected too.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
