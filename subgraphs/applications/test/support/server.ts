import { DEVELOPMENT_EVENT_FEED_TOKEN } from '@eco/kit';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApplicationsSubgraph, type RunningApplications } from '../../src/main';
import { catalogUrl, identityUrl, jwksUrl } from './graph';
import { DATABASE_URL } from './env';

export const FEED_TOKEN = DEVELOPMENT_EVENT_FEED_TOKEN;
/** A subgraph URL nothing listens on. */
export const NOWHERE = 'http://127.0.0.1:9/graphql';

export interface TestServer {
  running: RunningApplications;
  baseUrl: string;
  gql(query: string, variables?: object, token?: string | null): Promise<{ status: number; body: { data?: any; errors?: any[] } }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The subgraph served over HTTP as in production (startSubgraph, shield, feed, open data) on a test schema. */
export async function startTestServer(dbSchema: string, now?: () => Date, options: { documentsUrl?: string; paymentsUrl?: string } = {}): Promise<TestServer> {
  process.env.LOG_LEVEL = 'silent';
  const running = await startApplicationsSubgraph(
    {
      port: 0,
      databaseUrl: DATABASE_URL,
      dbSchema,
      jwksUrl: jwksUrl(),
      seedDemoData: false,
      production: false,
      dataDir: await mkdtemp(path.join(tmpdir(), 'applications-server-')),
      eventFeedToken: FEED_TOKEN,
      redisUrl: null,
      // No documents subgraph and no payments feed unless the test stands one in: a port nothing listens on.
      subgraphUrls: { catalog: catalogUrl(), identity: identityUrl(), documents: options.documentsUrl ?? NOWHERE, payments: options.paymentsUrl ?? NOWHERE },
    },
    { now },
  );
  const baseUrl = `http://127.0.0.1:${running.port}`;
  return {
    running,
    baseUrl,
    async gql(query, variables = {}, token = null) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } }; // eslint-disable-line @typescript-eslint/no-explicit-any
    },
  };
}

export const DEMO_PASSWORD = 'Demo-Password1!';
export const DEMO_LOGINS = {
  citizen: 'citizen@demo.gosuslugi.local',
  citizen2: 'citizen2@demo.gosuslugi.local',
  employeeMvd: 'employee.mvd@demo.gosuslugi.local',
  employeeGibdd: 'employee.gibdd@demo.gosuslugi.local',
} as const;

export interface SignedIn {
  token: string;
  userId: string;
}

/** Signs a demo account in at the real identity subgraph. */
export async function signIn(login: string): Promise<SignedIn> {
  const response = await fetch(identityUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: /* GraphQL */ `mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id } userErrors { code } } }`,
      variables: { input: { login, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await response.json()) as { data?: { login: { accessToken: string; user: { id: string }; userErrors: unknown[] } } };
  if (!body.data || body.data.login.userErrors.length) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(body)}`);
  return { token: body.data.login.accessToken, userId: body.data.login.user.id };
}
