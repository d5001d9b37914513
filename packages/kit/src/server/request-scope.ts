import { AsyncLocalStorage } from 'node:async_hooks';

/** What a subgraph knows of the request it is serving, wherever the code runs inside it. */
export interface RequestScope {
  /** When the caller stops waiting (ms since the epoch; the gateway's x-request-deadline). */
  deadline?: number;
  requestId?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `work` inside a request's scope: calls to other subgraphs made anywhere in it carry the
 * request's remaining deadline without every service passing it down by hand.
 */
export function runInRequestScope<T>(request: RequestScope, work: () => T): T {
  return scope.run(request, work);
}

export function currentRequestScope(): RequestScope | undefined {
  return scope.getStore();
}
