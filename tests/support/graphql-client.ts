/** A plain HTTP GraphQL client: what a third-party developer's code does, nothing more. */
export interface GraphQLResponse<TData = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export async function graphql<TData = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

export function gatewayUrl(): string {
  const url = process.env.ECO_GATEWAY_URL;
  if (!url) throw new Error('ECO_GATEWAY_URL is not set: run through `npm test` (tests/jest.config.js starts the stack)');
  return url;
}

export function subgraphUrl(name: string): string {
  const url = process.env[`ECO_SUBGRAPH_${name.toUpperCase()}_URL`];
  if (!url) throw new Error(`ECO_SUBGRAPH_${name.toUpperCase()}_URL is not set`);
  return url;
}

export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);
