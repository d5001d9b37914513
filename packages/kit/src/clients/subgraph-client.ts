import { REQUEST_ID_HEADER } from '../logging/request-id';

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

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

export interface SubgraphClientOptions {
  /** The subgraph's name, for errors and logs. */
  subgraph: string;
  /** Its GraphQL URL (config.subgraphUrls[name]). */
  url: string;
  timeoutMs?: number;
}

/** Who the call is made for. */
export interface SubgraphCall {
  /** The caller's bearer token, forwarded unchanged: the other subgraph decides what it shows them. */
  token?: string | null;
  requestId?: string | null;
}

type ErrorBody = { message: string; path?: (string | number)[]; extensions?: { code?: string } };
type Answer<T> = { data?: T | null; errors?: ErrorBody[] };

/**
 * One way for a subgraph to ask another: its GraphQL over HTTP with the CALLER's token, so the
 * asking subgraph gains no access of its own (zero trust), and the request id, so the logs of
 * both tell one story.
 */
export class SubgraphClient {
  constructor(private readonly options: SubgraphClientOptions) {}

  /** The `data` of an operation that must succeed as a whole; anything else is a SubgraphCallError. */
  async query<T>(query: string, variables: Record<string, unknown> = {}, call: SubgraphCall = {}): Promise<T> {
    const body = await this.post<T>(query, variables, call);
    if (body.errors?.length || !body.data) throw this.failure(body, 'answered with errors');
    return body.data;
  }

  /**
   * Entities by key through `_entities`, in the order of `keys`: null for one the subgraph refused
   * the caller or does not know (an error at its index), so a refusal is not told from absence.
   */
  async entities<T>(typename: string, keys: readonly Record<string, unknown>[], selection: string, call: SubgraphCall = {}): Promise<(T | null)[]> {
    if (keys.length === 0) return [];
    if (!/^[A-Za-z_]\w*$/.test(typename)) throw new TypeError(`not a type name: ${typename}`);
    const query = `query SubgraphEntities($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`;
    const representations = keys.map((key) => ({ ...key, __typename: typename }));
    const body = await this.post<{ _entities?: (T | null)[] }>(query, { representations }, call);
    const found = body.data?._entities;
    if (!Array.isArray(found) || found.length !== keys.length) throw this.failure(body, 'answered without _entities');
    const refused = new Set((body.errors ?? []).map((error) => error.path?.[1]).filter((index) => typeof index === 'number'));
    return found.map((entity, index) => (refused.has(index) ? null : entity));
  }

  private async post<T>(query: string, variables: Record<string, unknown>, call: SubgraphCall): Promise<Answer<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.requestId) headers[REQUEST_ID_HEADER] = call.requestId;
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS),
      });
    } catch (error) {
      throw new SubgraphCallError(this.options.subgraph, `unreachable (${error instanceof Error ? error.message : String(error)})`);
    }
    try {
      return (await response.json()) as Answer<T>;
    } catch {
      throw new SubgraphCallError(this.options.subgraph, `answered HTTP ${response.status} without JSON`);
    }
  }

  private failure(body: Answer<unknown>, what: string): SubgraphCallError {
    const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'UNKNOWN');
    return new SubgraphCallError(this.options.subgraph, `${what} ${codes.join(', ')}`.trim(), codes);
  }
}
