import { dropSchema, TestTokens, type SubgraphConfig } from '@eco/kit';
import http from 'node:http';
import { Pool } from 'pg';
import { startDocumentsSubgraph, type RunningDocuments } from '../../src/main';
import { DEFAULT_SETTINGS, type DocumentsSettings } from '../../src/settings';
import type { VirusScanner } from '../../src/scanning/virus-scanner';
import { FEED_TOKEN, startTestProducer, type TestProducer } from './feed-producer';
import { DATABASE_URL, TestClock, uniqueSchemaName } from './test-database';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json(): any;
}

export interface TestServer {
  base: string;
  running: RunningDocuments;
  clock: TestClock;
  tokens: TestTokens;
  producers: Record<'applications' | 'education' | 'taxes-fines', TestProducer>;
  gql(query: string, variables?: object, token?: string): Promise<any>;
  request(method: string, path: string, options?: { headers?: Record<string, string>; body?: Buffer; token?: string }): Promise<RawResponse>;
  count(table: string, where?: string, params?: unknown[]): Promise<number>;
  destroy(): Promise<void>;
}

/** The subgraph exactly as main.ts serves it, its producers in memory, its clock settable. */
export async function startTestServer(options: { settings?: Partial<DocumentsSettings>; scanner?: VirusScanner } = {}): Promise<TestServer> {
  process.env.LOG_LEVEL = 'silent';
  const tokens = new TestTokens();
  const clock = new TestClock(new Date());
  const producers = {
    applications: await startTestProducer('applications'),
    education: await startTestProducer('education'),
    'taxes-fines': await startTestProducer('taxes-fines'),
  };
  const dbSchema = uniqueSchemaName('documents_http');
  const config: SubgraphConfig = {
    port: 0,
    databaseUrl: DATABASE_URL,
    dbSchema,
    jwksUrl: '',
    seedDemoData: false,
    production: false,
    dataDir: '/tmp/documents-test',
    eventFeedToken: FEED_TOKEN,
    redisUrl: null,
    subgraphUrls: Object.fromEntries(Object.entries(producers).map(([name, producer]) => [name, producer.graphqlUrl])),
  };
  const running = await startDocumentsSubgraph(config, {
    env: {},
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    scanner: options.scanner,
    keySource: tokens.keySource,
    now: clock.now,
  });
  const base = running.url.replace(/\/graphql$/, '');
  const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });

  const request: TestServer['request'] = (method, path, { headers = {}, body, token } = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request(`${base}${path}`, { method, headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes, json: () => JSON.parse(bytes.toString('utf8')) });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });

  return {
    base,
    running,
    clock,
    tokens,
    producers,
    async gql(query, variables = {}, token) {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    request,
    async count(table, where = 'true', params = []) {
      const result = await pool.query(`SELECT count(*)::int AS n FROM "${dbSchema}"."${table}" WHERE ${where}`, params);
      return result.rows[0].n as number;
    },
    async destroy() {
      await running.stop();
      await pool.end();
      await Promise.all(Object.values(producers).map((producer) => producer.stop()));
      await dropSchema(DATABASE_URL, dbSchema);
    },
  };
}

export const CREATE_UPLOAD = /* GraphQL */ `
  mutation ($input: CreateUploadInput!) {
    createUpload(input: $input) { document { id status } uploadUrl expiresAt userErrors { field code message } }
  }
`;

/** createUpload over HTTP; returns the document id and its one-time URL. */
export async function createUpload(server: TestServer, token: string, input: { fileName: string; contentType: string; size: number; purpose?: string }): Promise<{ id: string; uploadUrl: string }> {
  const result = await server.gql(CREATE_UPLOAD, { input: { purpose: 'APPLICATION_ATTACHMENT', ...input } }, token);
  const payload = result.data?.createUpload;
  if (!payload?.uploadUrl) throw new Error(`createUpload failed: ${JSON.stringify(result)}`);
  return { id: payload.document.id, uploadUrl: payload.uploadUrl };
}

/** createUpload, then PUT the bytes. */
export async function uploadFile(server: TestServer, token: string, bytes: Buffer, fileName = 'file.pdf', contentType = 'application/pdf'): Promise<{ id: string; response: RawResponse }> {
  const { id, uploadUrl } = await createUpload(server, token, { fileName, contentType, size: bytes.length });
  const response = await server.request('PUT', uploadUrl, { token, body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  return { id, response };
}
