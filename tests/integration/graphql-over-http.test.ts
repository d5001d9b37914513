import { auditServer } from 'graphql-http';
import { gatewayUrl } from '../support/graphql-client';

/** The GraphQL-over-HTTP specification, as a client library sees the gateway. */
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

async function send(init: RequestInit & { search?: string }) {
  const response = await fetch(`${gatewayUrl()}${init.search ?? ''}`, init);
  const text = await response.text();
  let body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', allow: response.headers.get('allow'), body };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
  body: JSON.stringify(body),
});

describe('GraphQL over HTTP', () => {
  it('answers application/graphql-response+json when asked, application/json to legacy clients', async () => {
    const modern = await send(json({ query: '{ __typename }' }));
    expect(modern.status).toBe(200);
    expect(modern.contentType).toMatch(/^application\/graphql-response\+json/);
    const legacy = await send(json({ query: '{ __typename }' }, { accept: 'application/json' }));
    expect(legacy.status).toBe(200);
    expect(legacy.contentType).toMatch(/^application\/json/);
  });

  it('gives 400 for a request that is not well-formed GraphQL, with a coded error', async () => {
    const cases = [
      [{}, 'BAD_REQUEST'],
      [{ query: '{ departments { ' }, 'GRAPHQL_PARSE_FAILED'],
      [{ query: '{ noSuchField }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [{ query: '{ __typename }', variables: 'not an object' }, 'BAD_REQUEST'],
    ] as const;
    for (const [body, code] of cases) {
      const response = await send(json(body));
      expect({ body, status: response.status, code: response.body?.errors?.[0].extensions?.code }).toEqual({ body, status: 400, code });
      expect(response.contentType).toMatch(/^application\/graphql-response\+json/);
    }
  });

  it('runs queries over GET, and refuses mutations over GET with 405 and Allow: POST', async () => {
    const headers = { accept: GRAPHQL_RESPONSE, 'apollo-require-preflight': 'true' };
    const query = await send({ method: 'GET', headers, search: `?${new URLSearchParams({ query: '{ __typename }' })}` });
    expect(query.status).toBe(200);
    expect(query.body?.data).toEqual({ __typename: 'Query' });
    const mutation = await send({ method: 'GET', headers, search: `?${new URLSearchParams({ query: 'mutation { logout(input: { refreshToken: "x" }) { success } }' })}` });
    expect(mutation.status).toBe(405);
    expect(mutation.allow).toBe('POST');
  });

  it('refuses cross-site simple requests (CSRF), oversized bodies and batches', async () => {
    const simple = await send({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(simple.status).toBe(400);
    const huge = await send(json({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }));
    expect(huge.status).toBe(413);
    const batch = await send(json([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
  });

  it("passes every MUST and SHOULD of graphql-http's audit", async () => {
    const results = await auditServer({ url: gatewayUrl() });
    const failed = results.filter((r) => /^(MUST|SHOULD)\b/.test(r.name) && r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${"reason" in r ? r.reason : r.status}`);
    expect(failed).toEqual([]);
    expect(results.filter((r) => /^(MUST|SHOULD)\b/.test(r.name)).length).toBeGreaterThan(30);
  });

  it('answers a legacy application/json client 200 for a document that cannot run, a modern one 400', async () => {
    const cases = [
      [{ query: '{ departments { ' }, 'GRAPHQL_PARSE_FAILED'],
      [{ query: '{ noSuchField }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [{ query: 'query ($n: Int) { services(first: $n) { totalCount } }', variables: { n: 'ten' } }, 'BAD_USER_INPUT'],
      [{ query: 'query A { __typename }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
    ] as const;
    for (const [body, code] of cases) {
      const legacy = await send(json(body, { accept: 'application/json' }));
      const modern = await send(json(body));
      expect([legacy.status, legacy.body?.errors?.[0].extensions?.code, modern.status, modern.body?.errors?.[0].extensions?.code]).toEqual([200, code, 400, code]);
    }
    // A request that is not well-formed stays 400 for both.
    expect((await send(json({ query: 42 }, { accept: 'application/json' }))).status).toBe(400);
  });
});
