import { SubgraphCallError } from '@eco/kit';
import { freePort } from '@eco/stack';
import { CatalogClient } from '../src/clients/catalog-client';
import { IdentityClient } from '../src/clients/identity-client';
import { PASSPORT_CHECK } from './support/fixtures';
import { catalogUrl, identityUrl } from './support/graph';
import { DEMO_LOGINS, signIn } from './support/server';

describe('CatalogClient (the real catalog subgraph, through its GraphQL)', () => {
  test('finds a service by code and by id, with its department and form schema', async () => {
    const client = new CatalogClient({ url: catalogUrl() });
    const byCode = await client.serviceByCode(PASSPORT_CHECK);
    expect(byCode).toMatchObject({ code: PASSPORT_CHECK, departmentId: 'MVD', processingDays: expect.any(Number), formSchema: { type: 'object' } });
    expect(await client.serviceById(byCode!.id)).toEqual(byCode);
    expect(await client.serviceByCode('no-such-service')).toBeNull();
    expect(await client.serviceById('not-a-uuid')).toBeNull();
  });

  test('caches for a short time, then asks again', async () => {
    let now = 0;
    const client = new CatalogClient({ url: catalogUrl(), ttlMs: 1000, now: () => now });
    const first = await client.serviceByCode(PASSPORT_CHECK);
    now = 999;
    expect(await client.serviceByCode(PASSPORT_CHECK)).toBe(first); // the same object: no second request
    now = 1001;
    const refreshed = await client.serviceByCode(PASSPORT_CHECK);
    expect(refreshed).not.toBe(first);
    expect(refreshed).toEqual(first);
  });

  test('finds a department by its id, with its names (they go on result documents)', async () => {
    const client = new CatalogClient({ url: catalogUrl() });
    expect(await client.departmentById('MVD')).toEqual({ id: 'MVD', nameRu: 'Министерство внутренних дел Российской Федерации', nameEn: expect.stringMatching(/Internal Affairs/) });
    expect(await client.departmentById('NO-SUCH')).toBeNull();
  });

  test('an unreachable catalog is a SubgraphCallError, and the failure is not cached', async () => {
    const client = new CatalogClient({ url: `http://127.0.0.1:${await freePort()}/graphql` });
    await expect(client.serviceByCode(PASSPORT_CHECK)).rejects.toBeInstanceOf(SubgraphCallError);
    await expect(client.serviceByCode(PASSPORT_CHECK)).rejects.toBeInstanceOf(SubgraphCallError);
  });
});

describe('IdentityClient (the real identity subgraph, with the caller’s token)', () => {
  test("returns the caller's own profile and documents", async () => {
    const { token } = await signIn(DEMO_LOGINS.citizen);
    const me = await new IdentityClient({ url: identityUrl() }).me(token);
    expect(me).toMatchObject({ lastName: 'Иванов', birthDate: '1985-04-12', documents: { snils: '157-236-098 74', passport: { series: '4510' } } });
  });

  test("another person's name: only as identity shows it to the caller (without a token, nobody's)", async () => {
    const identity = new IdentityClient({ url: identityUrl() });
    const { token, userId } = await signIn(DEMO_LOGINS.citizen);
    expect(await identity.fullNameOf(userId, token)).toBe('Иванов Иван Иванович');
    expect(await identity.fullNameOf(userId, null)).toBeNull();
    const other = await signIn(DEMO_LOGINS.citizen2);
    expect(await identity.fullNameOf(userId, other.token)).toBeNull();
  });

  test('a bad token is refused by identity, not trusted here', async () => {
    await expect(new IdentityClient({ url: identityUrl() }).me('not.a.token')).rejects.toMatchObject({ codes: ['UNAUTHENTICATED'] });
  });
});
