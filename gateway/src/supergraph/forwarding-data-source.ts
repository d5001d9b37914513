import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@eco/kit';
import type { GatewayContext } from '../auth/gateway-context';
import { failedFetchResponse, SubgraphHttpError } from './failed-fetch';

/** The operation's deadline travels with each subgraph call (ms since the epoch). */
export const DEADLINE_HEADER = 'x-request-deadline';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * Node's fetch, aborted when the operation's deadline passes: one slow subgraph cannot hold a
 * request (and its connection) longer than the execution time limit.
 */
export const fetchWithDeadline = ((url: string, init: RequestInit & { headers?: Record<string, string> }) => {
  const deadline = Number(init.headers?.[DEADLINE_HEADER]);
  const signal = Number.isFinite(deadline) ? AbortSignal.timeout(Math.max(0, deadline - Date.now())) : undefined;
  return fetch(url, { ...init, signal });
}) as unknown as Fetcher;

/** Calls one subgraph over HTTP, passing on the caller's token, language, request id and deadline. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return; // health checks and introspection have no caller
    headers.set(REQUEST_ID_HEADER, context.requestId);
    headers.set(DEADLINE_HEADER, String(context.deadline));
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
    // Who is at the other end, for the sessions list ("Firefox, 203.0.113.x"); informational only.
    if (context.userAgent) headers.set('user-agent', context.userAgent);
    if (context.clientAddress) headers.set('x-forwarded-for', context.clientAddress);
  }

  /**
   * A call that fails as a whole (down, timed out, a non-2xx answer) becomes errors on the fields
   * it was to fill, so the rest of the operation keeps its data and nothing internal leaks.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      // Health checks and schema loading have no client to answer: they fail as they are.
      if (!('incomingRequestContext' in options)) throw error;
      const context = options.context as Partial<GatewayContext>;
      context.logger?.warn({ err: error, subgraph: this.url }, 'subgraph call failed');
      const representations = options.request.variables?.representations;
      return failedFetchResponse(options.request.query ?? '', Array.isArray(representations) ? representations.length : 0, error);
    }
  }

  /** Keeps the status and any GraphQL errors; the URL, status text and raw body stay here. */
  override async errorFromResponse(response: { status: number; json(): Promise<unknown> }): Promise<SubgraphHttpError> {
    const body = (await response.json().catch(() => null)) as { errors?: unknown } | null;
    return new SubgraphHttpError(response.status, Array.isArray(body?.errors) ? body.errors : null);
  }
}
