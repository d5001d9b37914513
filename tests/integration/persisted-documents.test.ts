import { createEcoClient, documentId, LoginDocument, SearchServicesDocument } from '@eco/sdk';
import { createHash } from 'node:crypto';
import { DEMO_PASSWORD, EMPLOYEE_MVD } from '../support/demo-accounts';
import { startExtraGateway, type ExtraGateway } from '../support/extra-gateway';
import { gatewayUrl, graphql } from '../support/graphql-client';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] } };
}

describe('automatic persisted queries (any client)', () => {
  it('asks for the text of an unknown hash once, then runs the operation by its hash alone', async () => {
    // A document nobody has sent before (the alias makes it unique to this run).
    const query = `{ run${Date.now()}: departments { id } }`;
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    const unknown = await post(gatewayUrl(), { extensions: { persistedQuery } });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(gatewayUrl(), { query, extensions: { persistedQuery } });
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post(gatewayUrl(), { extensions: { persistedQuery } });
    expect(byHash.body.data).toEqual(registered.body.data);
  });
});

describe('trusted documents (TRUSTED_DOCUMENTS=enforce)', () => {
  let trusted: ExtraGateway;
  beforeAll(async () => {
    trusted = await startExtraGateway({ TRUSTED_DOCUMENTS: 'enforce' });
  });
  afterAll(async () => {
    await trusted?.process.stop();
  });

  it('runs the SDK operations (registered at its build) and nothing else', async () => {
    const client = createEcoClient({ url: trusted.url });
    const { login } = await client.request(LoginDocument, { input: { login: EMPLOYEE_MVD, password: DEMO_PASSWORD } });
    expect(login?.userErrors).toEqual([]);
    client.setToken(login?.accessToken ?? undefined);
    const { services } = await client.request(SearchServicesDocument, { search: 'паспорт', first: 2 });
    expect(services?.totalCount).toBeGreaterThan(0);

    const freeText = await post(trusted.url, { query: '{ departments { id } }' });
    expect(freeText.status).toBe(400);
    expect(freeText.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
    const unknownId = await post(trusted.url, { documentId: `sha256:${sha256('{ departments { id } }')}` });
    expect(unknownId.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    // A registered id cannot carry another document.
    const swapped = await post(trusted.url, { query: '{ departments { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: await documentId(SearchServicesDocument) } } });
    expect(swapped.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('accepts a registered operation by its id alone, over POST and GET', async () => {
    const id = await documentId(SearchServicesDocument);
    const byId = await post(trusted.url, { documentId: `sha256:${id}`, variables: { search: 'паспорт', first: 1 } });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data?.services.edges).toHaveLength(1);

    const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id } }), variables: JSON.stringify({ first: 1 }) });
    // GET needs a non-simple header (CSRF prevention).
    const get = await fetch(`${trusted.url}?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { services: { edges: unknown[] } } }).data.services.edges).toHaveLength(1);
  });

  it('leaves the shared gateway (mode off) open to any document', async () => {
    expect((await graphql(gatewayUrl(), '{ departments { id } }')).errors).toBeUndefined();
  });
});
