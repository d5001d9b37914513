import express from 'express';
import { buildClientSchema, buildSchema, printSchema, type IntrospectionQuery } from 'graphql';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schemaDownload } from '../src/public-api/schema-download';

const CONTRACT = buildSchema(/* GraphQL */ `
  type Query {
    """Public services."""
    services(first: Int): [Service!]!
  }
  type Service {
    code: String!
    fee: Int @deprecated(reason: "Use feeKopecks. Removal after 2027-01-31.")
  }
`);

async function serve(handler: express.RequestHandler): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(handler);
  app.use((_req, res) => res.status(404).json({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('schemaDownload', () => {
  let url: string;
  let server: Server;
  beforeAll(async () => ({ url, server } = await serve(schemaDownload({ publicSchema: CONTRACT }))));
  afterAll(() => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  }));

  it('serves the SDL with deprecations, cacheable with an ETag', async () => {
    const response = await fetch(`${url}/schema/public.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const sdl = await response.text();
    expect(sdl).toContain('@deprecated(reason: "Use feeKopecks. Removal after 2027-01-31.")');
    expect(printSchema(buildSchema(sdl))).toBe(printSchema(CONTRACT));
    const etag = response.headers.get('etag') as string;
    expect((await fetch(`${url}/schema/public.graphql`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(`${url}/schema/public.graphql`, { method: 'HEAD' })).status).toBe(200);
  });

  it('serves the introspection result that rebuilds the same schema', async () => {
    const response = await fetch(`${url}/schema/public.json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const { data } = (await response.json()) as { data: IntrospectionQuery };
    expect(printSchema(buildClientSchema(data))).toBe(printSchema(CONTRACT));
  });

  it('leaves other paths and methods, and a gateway without a contract serves nothing', async () => {
    expect((await fetch(`${url}/schema/supergraph.graphql`)).status).toBe(404);
    expect((await fetch(`${url}/schema/public.graphql`, { method: 'POST' })).status).toBe(404);
    const bare = await serve(schemaDownload({ publicSchema: null }));
    expect((await fetch(`${bare.url}/schema/public.graphql`)).status).toBe(404);
    await new Promise((resolve) => {
      bare.server.close(resolve);
      bare.server.closeAllConnections();
    });
  });
});
