import { createTokenVerifier, LocalRevocations } from '@eco/kit';
import { localKeySource } from '../src/keys/signing-key';
import { createIdentityServices, type IdentityServices } from '../src/services';
import type { UserRecord } from '../src/users/users.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { MINUTE, registration, TestClock, testKeys } from './support/test-services';

// Real time: the verifier checks expiry against the real clock.
const NOW = new Date();
const TTL_SECONDS = 900;

describe('revoking an API client refuses its issued tokens (service, real PostgreSQL)', () => {
  let db: TestDatabase;
  let clock: TestClock;
  let owner: UserRecord;
  const keys = testKeys();
  const servicesWith = (revocations: LocalRevocations): IdentityServices =>
    createIdentityServices(db.prisma, { keys, now: clock.now, dbSchema: db.schema, accessTokenTtlSeconds: TTL_SECONDS, revocations });

  beforeAll(async () => {
    db = await createTestDatabase();
    clock = new TestClock(NOW);
    const registered = await servicesWith(new LocalRevocations()).users.register(registration());
    if (!registered.ok) throw new Error(JSON.stringify(registered.problems));
    owner = registered.value;
  });
  afterAll(() => db?.close());

  it('puts the client on the revocation list, so a token issued before is refused; journals it once', async () => {
    const revocations = new LocalRevocations();
    const services = servicesWith(revocations);
    const verifier = createTokenVerifier(localKeySource(keys.signing), { revocations });
    const created = await services.apiClients.register(owner.id, { name: 'Утёкший', scopes: ['catalog:read'], keyType: 'TEST' });
    if (!created.ok) throw new Error('register failed');
    const { apiClient, clientSecret } = created.value;
    const exchanged = await services.apiClients.exchange(apiClient.clientId, clientSecret, undefined);
    if (!exchanged.ok) throw new Error('exchange failed');
    const header = `Bearer ${exchanged.token.token}`;
    await expect(verifier.viewerFromAuthorization(header)).resolves.toMatchObject({ userId: apiClient.id });

    const version = revocations.version;
    await services.apiClients.revoke({ userId: owner.id, isAdmin: false }, apiClient.id);
    expect(revocations.version).not.toBe(version);
    expect(revocations.isRevoked(apiClient.id)).toBe(true);
    await expect(verifier.viewerFromAuthorization(header)).rejects.toMatchObject({ message: 'API client revoked', extensions: { code: 'UNAUTHENTICATED' } });

    await services.apiClients.revoke({ userId: owner.id, isAdmin: false }, apiClient.id);
    const events = await db.pool.query(`SELECT type, subject_type, subject_id, payload FROM "${db.schema}".outbox_event WHERE subject_id = $1`, [apiClient.id]);
    expect(events.rows).toEqual([
      expect.objectContaining({ type: 'security.api_client_revoked', subject_type: 'ApiClient', subject_id: apiClient.id, payload: expect.objectContaining({ actorId: owner.id, details: { clientId: apiClient.clientId, keyType: 'TEST' } }) }),
    ]);
  });

  it('announces recent revocations again at start (a fresh list), but not those older than a token lifetime', async () => {
    const first = servicesWith(new LocalRevocations());
    const make = async () => {
      const created = await first.apiClients.register(owner.id, { name: 'Старый', scopes: ['catalog:read'], keyType: 'TEST' });
      if (!created.ok) throw new Error('register failed');
      await first.apiClients.revoke({ userId: owner.id, isAdmin: false }, created.value.apiClient.id);
      return created.value.apiClient.id;
    };
    const old = await make();
    clock.advance(20 * MINUTE);
    const recent = await make();
    clock.advance(MINUTE);

    const restarted = new LocalRevocations();
    await servicesWith(restarted).apiClients.announceRecentRevocations();
    expect(restarted.isRevoked(recent)).toBe(true);
    expect(restarted.isRevoked(old)).toBe(false);
  });
});
