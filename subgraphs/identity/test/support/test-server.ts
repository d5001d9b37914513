import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startIdentitySubgraph } from '../../src/main';
import { DEMO_PASSWORD } from '../../src/seed';
import { dropSchema, subgraphConfigFromEnv } from '@eco/kit';
import { DATABASE_URL, uniqueSchemaName } from './test-database';

/* The identity subgraph served over HTTP exactly as in production: startSubgraph, shield, JWKS. */

export interface GraphQLResponse {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes vary per query
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

export interface TestServer {
  url: string;
  /** identity's PostgreSQL schema of this server (to read sandbox_message and outbox_event). */
  schema: string;
  jwksUrl: string;
  gql(query: string, variables?: object, token?: string, locale?: string): Promise<GraphQLResponse>;
  signIn(login: string): Promise<SignedInUser>;
  stop(): Promise<void>;
}

export interface SignedInUser {
  token: string;
  refreshToken: string;
  userId: string;
}

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id email roles } userErrors { field code message } }
  }
`;

export const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/** Starts identity on a free port with demo data, its own PG schema and its own key folder. */
export async function startTestServer(): Promise<TestServer> {
  process.env.LOG_LEVEL = 'silent';
  const schema = uniqueSchemaName();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'identity-graphql-'));
  const config = subgraphConfigFromEnv('identity', 0, { DATABASE_URL, DB_SCHEMA: schema, SEED_DEMO_DATA: 'true', DATA_DIR: dataDir, PORT: '0' });
  const server = await startIdentitySubgraph(config, {});

  async function gql(query: string, variables: object = {}, token?: string, locale = 'ru'): Promise<GraphQLResponse> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': locale,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  }

  async function signIn(login: string): Promise<SignedInUser> {
    const { data } = await gql(LOGIN, { input: { login, password: DEMO_PASSWORD } });
    if (data?.login.userErrors.length) throw new Error(JSON.stringify(data.login.userErrors));
    return { token: data?.login.accessToken, refreshToken: data?.login.refreshToken, userId: data?.login.user.id };
  }

  return {
    url: server.url,
    schema,
    jwksUrl: server.jwksUrl,
    gql,
    signIn,
    async stop() {
      await server.stop();
      await dropSchema(DATABASE_URL, schema);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
