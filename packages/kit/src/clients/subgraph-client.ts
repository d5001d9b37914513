import { DEADLINE_HEADER, REQUEST_ID_HEADER } from '../logging/request-id';
import { currentRequestScope } from '../server/request-scope';
import type { SubgraphContext } from '../server/subgraph-context';

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

/** Why a call to another subgraph failed, for a caller that answers the cases differently. */
export const SubgraphCallCode = {
  /** The call's deadline passed: before it was made (then nothing was sent) or while waiting. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  /** Down, timed out, or answered something that is not the GraphQL asked for. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** It answered with GraphQL errors; their codes are in `codes`. */
  ANSWERED_WITH_ERRORS: 'ANSWERED_WITH_ERRORS',
} as const;

export type SubgraphCallCode = (typeof SubgraphCallCode)[keyof typeof SubgraphCallCode];

/** Another subgraph could not answer (down, timed out, past the deadline, or answered with errors). */
export class SubgraphCallError extends Error {
  constructor(
    readonly subgraph: string,
    readonly code: SubgraphCallCode,
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
  /** The longest a call waits; a call's deadline can only shorten it. */
  timeoutMs?: number;
}

/** Who the call is made for. */
export interface SubgraphCall {
  /** The caller's bearer token, forwarded unchanged: the other subgraph decides what it shows them. */
  token?: string | null;
  requestId?: string | null;
  /** When the caller's operation must be answered by (ms since the epoch): the call gives up then. */
  deadline?: number | null;
}

/** The environment variable that sets a subgraph's URL: SUBGRAPH_TAXES_FINES_URL for `taxes-fines`. */
export const subgraphUrlVariable = (subgraph: string): string => `SUBGRAPH_${subgraph.toUpperCase().replace(/-/g, '_')}_URL`;

/**
 * The client for the subgraph `subgraph` at its URL in `urls` (config.subgraphUrls); a missing URL
 * is an error at once, naming the environment variable that sets it.
 */
export function subgraphClient(subgraph: string, urls: Readonly<Record<string, string | undefined>>, options: { timeoutMs?: number } = {}): SubgraphClient {
  const url = urls[subgraph];
  if (!url) throw new Error(`no URL for the ${subgraph} subgraph (set ${subgraphUrlVariable(subgraph)})`);
  return new SubgraphClient({ subgraph, url, timeoutMs: options.timeoutMs });
}

/** A call made while serving `ctx`, for its caller: their token, the request id and the deadline. */
export function callFrom(ctx: Pick<SubgraphContext, 'viewer' | 'requestId' | 'deadline'>): SubgraphCall {
  return { token: ctx.viewer.token, requestId: ctx.requestId, deadline: ctx.deadline };
}

type ErrorBody = { message: string; path?: (string | number)[]; extensions?: { code?: string } };
type Answer<T> = { data?: T | null; errors?: ErrorBody[] };

/**
 * One way for a subgraph to ask another: its GraphQL over HTTP with the CALLER's token, so the
 * asking subgraph gains no access of its own (zero trust), the request id, so the logs of both
 * tell one story, and the deadline, so neither works on after the caller has stopped waiting.
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

  /**
   * The call's own deadline: the caller's, or sooner when this client's timeout ends first. It is
   * what the other subgraph is told, and what the HTTP request is aborted at.
   */
  private deadlineOf(call: SubgraphCall): { at: number; callers: boolean } {
    const timeoutAt = Date.now() + (this.options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS);
    return call.deadline != null && call.deadline <= timeoutAt ? { at: call.deadline, callers: true } : { at: timeoutAt, callers: false };
  }

  private async post<T>(query: string, variables: Record<string, unknown>, given: SubgraphCall): Promise<Answer<T>> {
    // A call made while serving a request inherits that request's deadline and id (see request-scope).
    const request = currentRequestScope();
    const call: SubgraphCall = { ...given, deadline: given.deadline ?? request?.deadline, requestId: given.requestId ?? request?.requestId };
    const deadline = this.deadlineOf(call);
    const remainingMs = deadline.at - Date.now();
    if (remainingMs <= 0) throw new SubgraphCallError(this.options.subgraph, SubgraphCallCode.DEADLINE_EXCEEDED, 'not asked: the deadline has passed');
    const headers: Record<string, string> = { 'content-type': 'application/json', [DEADLINE_HEADER]: String(deadline.at) };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.requestId) headers[REQUEST_ID_HEADER] = call.requestId;
    const signal = AbortSignal.timeout(remainingMs);
    // Aborted at the caller's deadline, the call failed for want of time, not for the subgraph.
    const unanswered = (what: string) =>
      signal.aborted && deadline.callers
        ? new SubgraphCallError(this.options.subgraph, SubgraphCallCode.DEADLINE_EXCEEDED, `no answer before the deadline (${what})`)
        : new SubgraphCallError(this.options.subgraph, SubgraphCallCode.UNAVAILABLE, what);
    let response: Response;
    try {
      response = await fetch(this.options.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
    } catch (error) {
      throw unanswered(`unreachable (${error instanceof Error ? error.message : String(error)})`);
    }
    try {
      return (await response.json()) as Answer<T>;
    } catch {
      throw unanswered(`answered HTTP ${response.status} without JSON`);
    }
  }

  private failure(body: Answer<unknown>, what: string): SubgraphCallError {
    const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'UNKNOWN');
    const code = codes.length > 0 ? SubgraphCallCode.ANSWERED_WITH_ERRORS : SubgraphCallCode.UNAVAILABLE;
    return new SubgraphCallError(this.options.subgraph, code, `${what} ${codes.join(', ')}`.trim(), codes);
  }
}
