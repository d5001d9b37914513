import { EcoGraphQLError, createEcoClient } from '@eco/sdk';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';

export { EcoGraphQLError };

export type Request = <R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>) => Promise<R>;

/**
 * Typed GraphQL against the gateway (same origin), with the session's token and the page's
 * language; an expired access token is renewed once from the session cookie and the call retried.
 */
export function useRequest(): Request {
  const { accessToken, refresh } = useSession();
  const { locale } = useI18n();
  return useCallback<Request>(
    async (document, variables, headers) => {
      const run = (token: string | null) =>
        createEcoClient({ url: '/graphql', token: token ?? undefined, locale, fetch: headers ? (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...headers } }) : undefined }).request(document, variables as never);
      try {
        return await run(accessToken);
      } catch (error) {
        if (!(error instanceof EcoGraphQLError) || !accessToken || !error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) throw error;
        return run(await refresh());
      }
    },
    [accessToken, refresh, locale],
  );
}

export interface Query<R> {
  data: R | null;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

/**
 * Runs a query when the page shows (and again on reload() or when the variables change).
 * With `partial`, a page built of independent parts keeps the data the other fields got when one
 * part is refused or its department is down: `error` then says which paths are missing.
 */
export function useQuery<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options: { partial?: boolean } = {}): Query<R> {
  const request = useRequest();
  const [state, setState] = useState<{ data: R | null; error: Error | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables ?? null);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    request(document, variables).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: Error) => current && setState({ data: options.partial && error instanceof EcoGraphQLError ? (error.data as R | null) : null, error, loading: false }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, key, request, generation, options.partial]);
  return { ...state, reload: () => setGeneration((n) => n + 1) };
}

/** Whether the error left out the field at `path` (or something inside it). */
export function missingPath(error: Error | null, ...path: string[]): boolean {
  if (!(error instanceof EcoGraphQLError)) return false;
  return error.errors.some((e) => path.every((segment, index) => e.path?.[index] === segment));
}
