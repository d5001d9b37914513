import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { documentId } from './document-id';

export interface EcoClientOptions {
  /** The gateway, e.g. http://localhost:4000/graphql */
  url: string;
  token?: string;
  locale?: 'ru' | 'en';
  fetch?: typeof fetch;
}

export class EcoGraphQLError extends Error {
  /** `data` is what the other fields got (a refusal in one subgraph leaves the rest). */
  constructor(
    readonly errors: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[],
    readonly data: unknown = null,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

/** A minimal typed client: a generated document in, typed data out; GraphQL errors thrown. */
export function createEcoClient(options: EcoClientOptions) {
  const doFetch = options.fetch ?? fetch;
  let token = options.token;
  return {
    setToken(next: string | undefined) {
      token = next;
    },
    /** A plain HTTP request to a path on the gateway's origin (uploads, downloads), with the token. */
    fetchFromOrigin(path: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      if (options.locale) headers.set('accept-language', options.locale);
      // A relative API URL ('/graphql' in the portal) is resolved against the page.
      const page = (globalThis as { location?: { href: string } }).location;
      const base = new URL(options.url, page?.href);
      return doFetch(new URL(path, base), { ...init, headers });
    },
    async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(options.locale ? { 'accept-language': options.locale } : {}),
        },
        // The id lets a gateway in trusted-documents mode recognise the operation as registered.
        body: JSON.stringify({ query: print(document), variables, extensions: { persistedQuery: { version: 1, sha256Hash: await documentId(document) } } }),
      });
      const body = (await response.json()) as { data?: TResult; errors?: EcoGraphQLError['errors'] };
      if (body.errors?.length) throw new EcoGraphQLError(body.errors, body.data ?? null);
      return body.data as TResult;
    },
  };
}
