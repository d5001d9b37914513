import { freePort, GATEWAY_MAIN, startServiceProcess, type ServiceProcess } from '@eco/stack';
import { graphql, subgraphUrl } from '../support/graphql-client';

// A second gateway process on the shared subgraphs, started as production would start it.
describe('the gateway with NODE_ENV=production', () => {
  let gateway: ServiceProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://localhost:${port}/graphql`;
    gateway = await startServiceProcess({
      name: 'production-gateway',
      script: GATEWAY_MAIN,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        EVENT_FEED_TOKEN: 'production-mode-test-token',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SUBGRAPH_IDENTITY_URL: subgraphUrl('identity'),
        SUBGRAPH_CATALOG_URL: subgraphUrl('catalog'),
      },
      readyUrl: `http://localhost:${port}/healthz`,
      onLine: () => undefined,
    });
  });
  afterAll(() => gateway?.stop());

  it('refuses introspection', async () => {
    const response = await graphql(url, '{ __schema { types { name } } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves no landing page', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<html/i);
  });

  it('still serves ordinary queries', async () => {
    const response = await graphql(url, '{ departments { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.departments.length).toBeGreaterThan(5);
  });
});
