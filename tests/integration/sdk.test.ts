import {
  createEcoClient,
  DocumentDocument,
  downloadDocument,
  EcoGraphQLError,
  EcoUploadError,
  LoginDocument,
  MeDocument,
  SearchServicesDocument,
  uploadDocument,
} from '@eco/sdk';
import { REPO_ROOT } from '@eco/stack';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CITIZEN, DEMO_PASSWORD, EMPLOYEE_MVD } from '../support/demo-accounts';
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

  it('uploads a file in its two steps and downloads it through its signed link', async () => {
    const client = createEcoClient({ url: gatewayUrl(), locale: 'en' });
    const { login } = await client.request(LoginDocument, { input: { login: CITIZEN, password: DEMO_PASSWORD } });
    client.setToken(login?.accessToken ?? undefined);
    const scan = new Blob([`%PDF-1.4\n% SDK upload ${Date.now()}\n%%EOF\n`], { type: 'application/pdf' });
    const id = await uploadDocument(client, scan, { fileName: 'passport.pdf', contentType: 'application/pdf', purpose: 'APPLICATION_ATTACHMENT' });
    const { document } = await client.request(DocumentDocument, { id });
    expect(document).toMatchObject({ id, status: 'CLEAN', contentType: 'application/pdf', size: scan.size });
    const downloaded = await downloadDocument(createEcoClient({ url: gatewayUrl() }), document?.downloadUrl as string);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(Buffer.from(await scan.arrayBuffer()))).toBe(true);

    // The bytes decide: a file that is not a PDF is refused with its code.
    const renamed = new Blob([Buffer.from('MZ\x90\x00 not a pdf at all', 'latin1')]);
    const refused = uploadDocument(client, renamed, { fileName: 'report.pdf', contentType: 'application/pdf', purpose: 'OTHER' });
    await expect(refused).rejects.toThrow(EcoUploadError);
    await expect(refused).rejects.toMatchObject({ status: 415 });
  });

  it('throws coded GraphQL errors', async () => {
    const client = createEcoClient({ url: gatewayUrl(), token: 'not-a-token' });
    await expect(client.request(MeDocument)).rejects.toThrow(EcoGraphQLError);
    await expect(client.request(MeDocument)).rejects.toThrow(/UNAUTHENTICATED/);
  });
});
