import { createHash } from 'node:crypto';
import { createTokenVerifier, pageWindow } from '@eco/kit';
import jwt from 'jsonwebtoken';
import { API_CLIENTS_ORDER, MAX_ACTIVE_CLIENTS_PER_OWNER } from '../src/api-clients/api-clients.service';
import { localKeySource } from '../src/keys/signing-key';
import type { IdentityServices } from '../src/services';
import type { UserRecord } from '../src/users/users.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { MINUTE, registration, TestClock, testKeys, testServices } from './support/test-services';

const NOW = new Date('2025-06-15T09:00:00Z');
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('API clients (service, real PostgreSQL)', () => {
  let db: TestDatabase;
  let services: IdentityServices;
  let clock: TestClock;
  const keys = testKeys();
  const verifier = createTokenVerifier(localKeySource(keys.signing));
  let developer: UserRecord;
  let other: UserRecord;
  let organization: UserRecord;

  const register = async () => {
    const outcome = await services.users.register(registration());
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    return outcome.value;
  };
  const rawRow = async (id: string) => (await db.pool.query(`SELECT * FROM "${db.schema}".api_clients WHERE id = $1`, [id])).rows[0];
  const registered = async (ownerId: string, fields = { name: 'Карта услуг', scopes: ['catalog:read', 'stats:read'], keyType: 'TEST' as const }) => {
    const outcome = await services.apiClients.register(ownerId, fields);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    return outcome.value;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    clock = new TestClock(NOW);
    services = testServices(db, clock, keys);
    developer = await register();
    other = await register();
    organization = await register();
    await db.pool.query(`UPDATE "${db.schema}".users SET roles = '{ORG_REPRESENTATIVE}', email_confirmed_at = now() WHERE id = $1`, [organization.id]);
  });

  afterAll(() => db?.close());

  describe('registration', () => {
    it('shows the secret once and stores only its SHA-256', async () => {
      const { apiClient, clientSecret } = await registered(developer.id);
      expect(clientSecret).toMatch(/^eco_test_[A-Za-z0-9_-]{43}$/);
      expect(apiClient).toMatchObject({ ownerId: developer.id, name: 'Карта услуг', scopes: ['catalog:read', 'stats:read'], keyType: 'TEST', revokedAt: null, lastUsedAt: null });
      expect(apiClient.clientId).toMatch(/^eco_ci_[0-9a-f]{24}$/);
      expect(apiClient).not.toHaveProperty('secretHash');

      const row = await rawRow(apiClient.id);
      expect(row.secret_hash).toBe(sha256(clientSecret));
      expect(JSON.stringify(row)).not.toContain(clientSecret);
      // Listing never brings the secret or its hash back.
      const listed = await services.apiClients.listOwn(developer.id);
      expect(listed.map((c) => c.id)).toContain(apiClient.id);
      expect(JSON.stringify(listed)).not.toContain(row.secret_hash);
    });

    it.each([
      ['an empty name', { name: '   ', scopes: ['catalog:read'], keyType: 'TEST' }, [['name', 'API_CLIENT_NAME_INVALID']]],
      ['a name over 100 characters', { name: 'x'.repeat(101), scopes: ['catalog:read'], keyType: 'TEST' }, [['name', 'API_CLIENT_NAME_INVALID']]],
      ['no scopes', { name: 'App', scopes: [], keyType: 'TEST' }, [['scopes', 'API_SCOPES_REQUIRED']]],
      ['an unknown scope', { name: 'App', scopes: ['catalog:read', 'users:read'], keyType: 'TEST' }, [['scopes', 'UNKNOWN_API_SCOPE']]],
      ['a LIVE key without a confirmed email', { name: 'App', scopes: ['catalog:read'], keyType: 'LIVE' }, [['keyType', 'LIVE_KEY_REQUIRES_CONFIRMED_EMAIL']]],
      [
        'webhooks:manage on a LIVE key of a citizen',
        { name: 'App', scopes: ['webhooks:manage'], keyType: 'LIVE' },
        [['keyType', 'LIVE_KEY_REQUIRES_CONFIRMED_EMAIL'], ['scopes', 'SCOPE_REQUIRES_ORGANIZATION']],
      ],
      ['every problem at once', { name: '', scopes: [], keyType: 'LIVE' }, [['name', 'API_CLIENT_NAME_INVALID'], ['scopes', 'API_SCOPES_REQUIRED'], ['keyType', 'LIVE_KEY_REQUIRES_CONFIRMED_EMAIL']]],
    ] as const)('refuses %s with coded problems and stores nothing', async (_name, fields, expected) => {
      const before = await db.count('api_clients');
      const outcome = await services.apiClients.register(other.id, { ...fields, scopes: [...fields.scopes] });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.problems.map((p) => [p.field, p.code]).sort()).toEqual([...expected].map((e) => [...e]).sort());
      expect(await db.count('api_clients')).toBe(before);
    });

    it('gives any citizen a TEST (sandbox) key with webhooks:manage: it only ever gets sandbox events', async () => {
      const { apiClient, clientSecret } = await registered(other.id, { name: 'Песочница', scopes: ['webhooks:manage'], keyType: 'TEST' as never });
      expect(clientSecret).toMatch(/^eco_test_/);
      expect(apiClient).toMatchObject({ keyType: 'TEST', scopes: ['webhooks:manage'] });
    });

    it('gives an organization with a confirmed email a LIVE key with webhooks:manage', async () => {
      const { apiClient, clientSecret } = await registered(organization.id, { name: 'Портал Тверской области', scopes: ['webhooks:manage', 'catalog:read'], keyType: 'LIVE' as never });
      expect(clientSecret).toMatch(/^eco_live_/);
      expect(apiClient).toMatchObject({ keyType: 'LIVE', scopes: ['webhooks:manage', 'catalog:read'] });
    });

    it(`refuses an 11th active application, but counts revoked ones out`, async () => {
      const owner = await register();
      const clients = [];
      for (let i = 0; i < MAX_ACTIVE_CLIENTS_PER_OWNER; i += 1) clients.push(await registered(owner.id));
      const refused = await services.apiClients.register(owner.id, { name: 'One more', scopes: ['catalog:read'], keyType: 'TEST' });
      expect(refused.ok ? [] : refused.problems.map((p) => p.code)).toEqual(['API_CLIENT_LIMIT_REACHED']);
      await services.apiClients.revoke({ userId: owner.id, isAdmin: false }, clients[0].apiClient.id);
      expect((await services.apiClients.register(owner.id, { name: 'One more', scopes: ['catalog:read'], keyType: 'TEST' })).ok).toBe(true);
    });
  });

  describe('token exchange (client credentials)', () => {
    it('issues a signed token that is an API client, not a person', async () => {
      const { apiClient, clientSecret } = await registered(developer.id);
      const exchange = await services.apiClients.exchange(apiClient.clientId, clientSecret, undefined);
      if (!exchange.ok) throw new Error(exchange.description);
      expect(exchange.scopes).toEqual(['catalog:read', 'stats:read']);
      expect(exchange.token.expiresInSeconds).toBe(15 * 60);
      const claims = jwt.decode(exchange.token.token) as Record<string, unknown>;
      expect(claims).toMatchObject({ sub: apiClient.id, roles: [], cid: apiClient.clientId, kt: 'TEST', scope: 'catalog:read stats:read' });
      expect(claims).not.toHaveProperty('sid');
      expect((claims.exp as number) - (claims.iat as number)).toBe(15 * 60);
      // The token is checked against the real clock by the verifier; sign one "now" for that.
      clock.set(new Date());
      const fresh = await services.apiClients.exchange(apiClient.clientId, clientSecret, undefined);
      if (!fresh.ok) throw new Error(fresh.description);
      const viewer = await verifier.viewerFromAuthorization(`Bearer ${fresh.token.token}`);
      expect(viewer).toMatchObject({ userId: apiClient.id, roles: [], clientId: apiClient.clientId, keyType: 'TEST', scopes: ['catalog:read', 'stats:read'] });
      expect((await rawRow(apiClient.id)).last_used_at).not.toBeNull();
      clock.set(NOW);
    });

    it('narrows to the requested scopes, and refuses scopes never granted', async () => {
      const { apiClient, clientSecret } = await registered(developer.id);
      const narrowed = await services.apiClients.exchange(apiClient.clientId, clientSecret, 'stats:read');
      expect(narrowed.ok && narrowed.scopes).toEqual(['stats:read']);
      expect(narrowed.ok && (jwt.decode(narrowed.token.token) as { scope: string }).scope).toBe('stats:read');
      const wider = await services.apiClients.exchange(apiClient.clientId, clientSecret, 'catalog:read webhooks:manage');
      expect(wider).toMatchObject({ ok: false, error: 'invalid_scope' });
      const empty = await services.apiClients.exchange(apiClient.clientId, clientSecret, '  ');
      expect(empty).toMatchObject({ ok: false, error: 'invalid_scope' });
    });

    it('refuses a wrong secret, an unknown client and another client’s secret as invalid_client', async () => {
      const mine = await registered(developer.id);
      const theirs = await registered(other.id);
      const usedBefore = (await rawRow(mine.apiClient.id)).last_used_at;
      expect(await services.apiClients.exchange(mine.apiClient.clientId, `${mine.clientSecret}x`, undefined)).toMatchObject({ ok: false, error: 'invalid_client' });
      expect(await services.apiClients.exchange(mine.apiClient.clientId, theirs.clientSecret, undefined)).toMatchObject({ ok: false, error: 'invalid_client' });
      expect(await services.apiClients.exchange('eco_ci_000000000000000000000000', mine.clientSecret, undefined)).toMatchObject({ ok: false, error: 'invalid_client' });
      expect(await services.apiClients.exchange(mine.apiClient.clientId, '', undefined)).toMatchObject({ ok: false, error: 'invalid_client' });
      expect((await rawRow(mine.apiClient.id)).last_used_at).toEqual(usedBefore);
    });
  });

  describe('rotation and revocation', () => {
    it('rotation shows a new secret once; the old one stops working at once', async () => {
      const { apiClient, clientSecret: oldSecret } = await registered(developer.id);
      clock.advance(MINUTE);
      const rotated = await services.apiClients.rotateSecret(developer.id, apiClient.id);
      if (!rotated.ok) throw new Error(JSON.stringify(rotated.problems));
      expect(rotated.value.clientSecret).not.toBe(oldSecret);
      expect(rotated.value.apiClient.secretRotatedAt).toEqual(new Date(NOW.getTime() + MINUTE));
      expect((await rawRow(apiClient.id)).secret_hash).toBe(sha256(rotated.value.clientSecret));
      expect(await services.apiClients.exchange(apiClient.clientId, oldSecret, undefined)).toMatchObject({ ok: false, error: 'invalid_client' });
      expect((await services.apiClients.exchange(apiClient.clientId, rotated.value.clientSecret, undefined)).ok).toBe(true);
      clock.set(NOW);
    });

    it('a revoked client is refused as invalid_client and cannot be rotated back to life', async () => {
      const { apiClient, clientSecret } = await registered(developer.id);
      const revoked = await services.apiClients.revoke({ userId: developer.id, isAdmin: false }, apiClient.id);
      expect(revoked.ok && revoked.value.revokedAt).toEqual(NOW);
      expect(await services.apiClients.exchange(apiClient.clientId, clientSecret, undefined)).toMatchObject({ ok: false, error: 'invalid_client' });
      const rotate = await services.apiClients.rotateSecret(developer.id, apiClient.id);
      expect(rotate.ok ? [] : rotate.problems.map((p) => p.code)).toEqual(['API_CLIENT_REVOKED']);
      // Revoking again changes nothing.
      const again = await services.apiClients.revoke({ userId: developer.id, isAdmin: false }, apiClient.id);
      expect(again.ok && again.value.revokedAt).toEqual(NOW);
    });

    it('another user can neither rotate nor revoke nor list your client (it is "not found" to them)', async () => {
      const { apiClient, clientSecret } = await registered(developer.id);
      const hashBefore = (await rawRow(apiClient.id)).secret_hash;
      const rotate = await services.apiClients.rotateSecret(other.id, apiClient.id);
      const revoke = await services.apiClients.revoke({ userId: other.id, isAdmin: false }, apiClient.id);
      expect(rotate.ok ? [] : rotate.problems.map((p) => p.code)).toEqual(['API_CLIENT_NOT_FOUND']);
      expect(revoke.ok ? [] : revoke.problems.map((p) => p.code)).toEqual(['API_CLIENT_NOT_FOUND']);
      expect((await services.apiClients.listOwn(other.id)).map((c) => c.id)).not.toContain(apiClient.id);
      const row = await rawRow(apiClient.id);
      expect([row.secret_hash, row.revoked_at]).toEqual([hashBefore, null]);
      expect((await services.apiClients.exchange(apiClient.clientId, clientSecret, undefined)).ok).toBe(true);
    });

    it('an administrator can revoke any client (but only its owner can rotate it)', async () => {
      const { apiClient } = await registered(developer.id);
      const adminActor = { userId: other.id, isAdmin: true };
      const rotate = await services.apiClients.rotateSecret(other.id, apiClient.id);
      expect(rotate.ok).toBe(false);
      const revoke = await services.apiClients.revoke(adminActor, apiClient.id);
      expect(revoke.ok && revoke.value.revokedAt).toEqual(NOW);
      const all = await services.apiClients.listAll(pageWindow({ first: 100 }, API_CLIENTS_ORDER));
      expect(all.nodes.map((c) => c.id)).toContain(apiClient.id);
    });

    it('treats a malformed id as not found', async () => {
      const outcome = await services.apiClients.revoke({ userId: developer.id, isAdmin: true }, 'not-a-uuid');
      expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual(['API_CLIENT_NOT_FOUND']);
    });
  });
});
