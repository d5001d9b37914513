import { startServiceProcess, type ServiceProcess, freePort, GATEWAY_MAIN, REPO_ROOT } from '@eco/stack';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { graphql, subgraphUrl } from '../../support/graphql-client';
import { MFC_OFFICES_SDL, startMfcOfficesSubgraph } from './mfc-offices-subgraph';

const COMPOSE_CLI = path.join(REPO_ROOT, 'gateway/dist/compose/compose-cli.js');
const schemaFile = (name: string) => path.join(REPO_ROOT, 'schema/subgraphs', `${name}.graphql`);

function compose(configPath: string, ...flags: string[]) {
  return spawnSync(process.execPath, [COMPOSE_CLI, '--config', configPath, ...flags], { encoding: 'utf8' });
}

describe('composition', () => {
  it('the committed supergraph is what the current subgraph schemas compose to', () => {
    const check = compose(path.join(REPO_ROOT, 'schema/supergraph.config.json'), '--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('fails with the composition errors when subgraphs disagree', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-compose-'));
    writeFileSync(
      path.join(dir, 'broken.graphql'),
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
       type Department @key(fields: "id") { id: ID! shortName: Int }
       type Query { brokenDepartment: Department }`,
    );
    writeFileSync(
      path.join(dir, 'supergraph.config.json'),
      JSON.stringify({
        subgraphs: {
          catalog: { routing_url: 'http://localhost:4002/graphql', schema: { file: schemaFile('catalog') } },
          broken: { routing_url: 'http://localhost:4999/graphql', schema: { file: 'broken.graphql' } },
        },
      }),
    );
    const result = compose(path.join(dir, 'supergraph.config.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Composition failed/);
    expect(result.stderr).toMatch(/shortName/);
  });
});

describe('a regional portal composes its own subgraph into the graph', () => {
  let regional: { url: string; stop: () => Promise<void> };
  let gateway: ServiceProcess;
  let gatewayUrl: string;

  beforeAll(async () => {
    regional = await startMfcOfficesSubgraph();
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-regional-'));
    writeFileSync(path.join(dir, 'mfc-offices.graphql'), MFC_OFFICES_SDL);
    // One entry added to a copy of our config: that is all a region does.
    writeFileSync(
      path.join(dir, 'supergraph.config.json'),
      JSON.stringify({
        subgraphs: {
          identity: { routing_url: 'http://localhost:4001/graphql', schema: { file: schemaFile('identity') } },
          catalog: { routing_url: 'http://localhost:4002/graphql', schema: { file: schemaFile('catalog') } },
          'mfc-offices': { routing_url: regional.url, schema: { file: 'mfc-offices.graphql' } },
        },
      }),
    );
    const composed = compose(path.join(dir, 'supergraph.config.json'));
    expect(composed.status).toBe(0);

    const port = await freePort();
    gatewayUrl = `http://localhost:${port}/graphql`;
    gateway = await startServiceProcess({
      name: 'regional-gateway',
      script: GATEWAY_MAIN,
      args: ['--supergraph', path.join(dir, 'supergraph.graphql')],
      env: {
        ...process.env,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SUBGRAPH_IDENTITY_URL: subgraphUrl('identity'),
        SUBGRAPH_CATALOG_URL: subgraphUrl('catalog'),
      },
      readyUrl: `http://localhost:${port}/healthz`,
      onLine: () => undefined,
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await regional?.stop();
  });

  it('serves the regional fields joined with the catalog, with no gateway code changed', async () => {
    const response = await graphql(gatewayUrl, /* GraphQL */ `
      { regions { code name mfcOffices { name } } }
    `);
    expect(response.errors).toBeUndefined();
    const moscow = response.data?.regions.find((r: { code: string }) => r.code === '77');
    expect(moscow.name).toMatch(/Москва/);
    expect(moscow.mfcOffices.map((o: { name: string }) => o.name)).toEqual(['МФЦ района Арбат', 'МФЦ района Хамовники']);
  });
});
