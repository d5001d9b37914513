import { createEcoClient, EcoGraphQLError, LoginDocument, MeDocument, SearchServicesDocument } from '@eco/sdk';
import { REPO_ROOT } from '@eco/stack';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, EMPLOYEE_MVD } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';

describe('the typed SDK', () => {
  it('is generated from the current API schema and operations', () => {
    // The real codegen.yml, with its output moved to a temporary file (codegen is ESM-only in
    // places Jest cannot load, so it runs as the CLI it is).
    const committedPath = 'clients/sdk/src/gql/graphql.ts';
    const dir = mkdtempSync(path.join(tmpdir(), 'eco-codegen-'));
    const config = readFileSync(path.join(REPO_ROOT, 'codegen.yml'), 'utf8');
    expect(config).toContain(`${committedPath}:`);
    writeFileSync(path.join(dir, 'codegen.yml'), config.replace(`${committedPath}:`, `${path.join(dir, 'graphql.ts')}:`));
    const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', path.join(dir, 'codegen.yml')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'graphql.ts'), 'utf8')).toBe(readFileSync(path.join(REPO_ROOT, committedPath), 'utf8'));
  });

  it('logs in, reads me with the department, and searches, all typed', async () => {
    const client = createEcoClient({ url: gatewayUrl(), locale: 'ru' });
    const { login } = await client.request(LoginDocument, { input: { login: EMPLOYEE_MVD, password: DEMO_PASSWORD } });
    expect(login?.userErrors).toEqual([]);
    client.setToken(login?.accessToken ?? undefined);

    const { me } = await client.request(MeDocument);
    expect(me?.department?.id).toBe('MVD');

    const { services } = await client.request(SearchServicesDocument, { search: 'загранпаспорт', first: 3 });
    expect(services?.totalCount).toBeGreaterThan(0);
    expect(services?.edges[0].node.title.toLowerCase()).toMatch(/паспорт/);
  });

  it('throws coded GraphQL errors', async () => {
    const client = createEcoClient({ url: gatewayUrl(), token: 'not-a-token' });
    await expect(client.request(MeDocument)).rejects.toThrow(EcoGraphQLError);
    await expect(client.request(MeDocument)).rejects.toThrow(/UNAUTHENTICATED/);
  });
});
