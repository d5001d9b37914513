import { REQUEST_ID_HEADER } from '@eco/kit';

export const DEFAULT_CLIENT_TIMEOUT_MS = 5_000;

/** Another subgraph could not answer (down, timed out, or answered with errors). */
export class SubgraphCallError extends Error {
  constructor(
    readonly subgraph: string,
    message: string,
    /** The GraphQL error codes it answered with, if it answered. */
    readonly codes: string[] = [],
  ) {
    super(`${subgraph}: ${message}`);
    this.name = 'SubgraphCallError';
  }
}

export interface GraphQLRequest {
  subgraph: string;
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Caller's bearer token, forwarded unchanged (zero trust: the other subgraph checks it). */
  token?: string | null;
  requestId?: string;
  timeoutMs?: number;
}

/** One GraphQL call to another subgraph over HTTP; its `data`, or a SubgraphCallError. */
export async function graphqlRequest<T>(request: GraphQLRequest): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.requestId) headers[REQUEST_ID_HEADER] = request.requestId;
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_CLIENT_TIMEOUT_MS),
    });
  } catch (error) {
    throw new SubgraphCallError(request.subgraph, `unreachable (${error instanceof Error ? error.message : String(error)})`);
  }
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new SubgraphCallError(request.subgraph, `answered HTTP ${response.status} without JSON`);
  }
  if (body.errors?.length || !body.data) {
    const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'UNKNOWN');
    throw new SubgraphCallError(request.subgraph, `answered with errors ${codes.join(', ') || `(HTTP ${response.status})`}`, codes);
  }
  return body.data;
}
