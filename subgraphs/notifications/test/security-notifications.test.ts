import * as kit from '@eco/kit';
import { testClientViewer, type FeedEvent, type PayloadOf, type SecurityEventContract } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { deliver } from './support/deliver';
import { CITIZEN, CITIZEN2, eventOf } from './support/events';
import { execute } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/*
 * identity's security events become personal notifications to the account's owner (identity
 * names them in the event's audience), in both languages, once per event id, never a webhook.
 */

let db: TestDatabase;
const AT = '2026-12-03T10:00:00.000Z';

beforeAll(async () => {
  db = await createTestDatabase();
  await db.services.contacts.set(CITIZEN, { email: 'citizen@demo.gosuslugi.local', phone: '+79990000001' });
});
afterAll(() => db?.close());

/** A security event as identity's outbox writes it: of `owner`'s account, from a masked IP. */
function security<C extends SecurityEventContract>(
  contract: C,
  details: Omit<PayloadOf<C>['details'], 'ipMasked'>,
  options: { owner?: string | null; subject?: { type: PayloadOf<C>['subjectType']; id: string }; actorId?: string | null } = {},
): FeedEvent {
  const owner = options.owner === undefined ? CITIZEN : options.owner;
  const subject = options.subject ?? { type: 'User', id: owner ?? 'unknown' };
  const payload = {
    actorId: options.actorId === undefined ? owner : options.actorId,
    subjectType: subject.type,
    subjectId: subject.id,
    requestId: 'req-identity-0001',
    at: AT,
    details: { ipMasked: '203.0.113.0/24', ...details },
  } as PayloadOf<C>;
  return eventOf(contract, payload, { subject, audience: { userIds: owner ? [owner] : [], departmentIds: [] }, occurredAt: AT });
}

const notificationsOf = (event: FeedEvent) => db.prisma.notification.findMany({ where: { sourceEventId: event.id } });

/** Delivered twice (at least once), it makes exactly these notifications. */
async function toldOnce(event: FeedEvent) {
  await deliver(db.services, event);
  expect(await deliver(db.services, event)).toMatchObject({ status: 'processed', notificationsCreated: 0, webhookDeliveriesCreated: 0 });
  return notificationsOf(event);
}

describe('security notifications', () => {
  it('tells the owner of a sign-in from a new device (one that was asked for a second factor), with when and where, in both languages', async () => {
    const event = security(kit.securityLoginSucceeded, { sessionId: randomUUID(), method: 'PASSWORD+TOTP' });
    const [told, ...more] = await toldOnce(event);
    expect(more).toEqual([]);
    expect(told).toMatchObject({
      userId: CITIZEN,
      eventType: 'security.login_succeeded',
      subjectType: 'User',
      subjectId: CITIZEN,
      titleRu: 'Вход в аккаунт с нового устройства',
      titleEn: 'Sign-in from a new device',
    });
    expect(told.bodyRu).toContain('3 декабря 2026 г. в 13:00 (мск), IP-адрес 203.0.113.0/24');
    expect(told.bodyEn).toContain('3 December 2026 at 13:00 (Moscow time), IP address 203.0.113.0/24');
    expect(told.bodyRu).toContain('Если это были не вы');
    // A security message goes by email and SMS to the seeded contacts by default.
    expect((await db.prisma.notificationDelivery.findMany({ where: { notificationId: told.id } })).map((d) => d.channel).sort()).toEqual(['EMAIL', 'SMS']);
  });

  it('says nothing of a sign-in on a trusted device or without a second factor', async () => {
    for (const method of ['PASSWORD', 'PASSWORD_TRUSTED_DEVICE']) {
      const event = security(kit.securityLoginSucceeded, { sessionId: randomUUID(), method });
      expect(await deliver(db.services, event)).toMatchObject({ status: 'processed', notificationsCreated: 0 });
    }
  });

  it('tells of a sign-in lock after many wrong passwords, once: not of each wrong password or each try while locked', async () => {
    const locked = security(kit.securityLoginFailed, { reason: 'WRONG_PASSWORD_LOCKED' }, { actorId: null });
    const [told] = await toldOnce(locked);
    expect(told).toMatchObject({ userId: CITIZEN, titleRu: 'Вход временно заблокирован', titleEn: 'Sign-in temporarily locked' });
    expect(told.bodyRu).toContain('неверный пароль');
    for (const reason of ['WRONG_PASSWORD', 'ACCOUNT_LOCKED'] as const) {
      expect(await notificationsOf(await deliverEvent(security(kit.securityLoginFailed, { reason }, { actorId: null })))).toEqual([]);
    }
    // A login naming no account concerns nobody.
    expect(await deliver(db.services, security(kit.securityLoginFailed, { reason: 'UNKNOWN_LOGIN' }, { owner: null, actorId: null }))).toMatchObject({ notificationsCreated: 0 });
  });

  it('tells of two-step verification turned on and off', async () => {
    const [on] = await toldOnce(security(kit.securityMfaEnabled, { method: 'TOTP', recoveryCodesIssued: 10 }));
    expect(on).toMatchObject({ titleRu: 'Двухэтапная проверка входа включена', titleEn: 'Two-step verification is on' });
    expect(on.bodyRu).toContain('приложение-аутентификатор');
    expect(on.bodyEn).toContain('authenticator app');
    const [off] = await toldOnce(security(kit.securityMfaDisabled, { methods: ['TOTP', 'SMS'] }));
    expect(off).toMatchObject({ userId: CITIZEN, titleRu: 'Двухэтапная проверка входа отключена', titleEn: 'Two-step verification is off' });
  });

  it('tells of a password reset, a session ended for token reuse, a confirmed email, a document and a child added', async () => {
    const cases: [FeedEvent, string, string][] = [
      [security(kit.securityPasswordReset, { sessionsRevoked: 2 }), 'Пароль изменён', 'Your password was changed'],
      [security(kit.securitySessionRevoked, { reason: 'REUSE' }, { subject: { type: 'Session', id: randomUUID() } }), 'Сеанс завершён из соображений безопасности', 'A session was ended for security'],
      [security(kit.securityEmailConfirmed, {}), 'Адрес электронной почты подтверждён', 'Your email address is confirmed'],
      [security(kit.securityDocumentAdded, { kind: 'PASSPORT' }, { subject: { type: 'Document', id: randomUUID() } }), 'В профиль добавлен документ: паспорт', 'Document added to your profile: passport'],
      [security(kit.securityChildAdded, {}, { subject: { type: 'Child', id: randomUUID() } }), 'В профиль добавлены сведения о ребёнке', 'A child was added to your profile'],
    ];
    for (const [event, ru, en] of cases) {
      const told = await toldOnce(event);
      expect(told).toEqual([expect.objectContaining({ userId: CITIZEN, eventType: event.type, subjectType: event.subject.type, subjectId: event.subject.id, titleRu: ru, titleEn: en })]);
    }
  });

  it('tells the account’s owner, whoever the subject is, and nobody else', async () => {
    const event = security(kit.securityDocumentAdded, { kind: 'SNILS' }, { owner: CITIZEN2, subject: { type: 'Document', id: randomUUID() } });
    expect((await toldOnce(event)).map((row) => row.userId)).toEqual([CITIZEN2]);
  });

  it('does not tell what the person just did and saw (a logout, their documents read), nor an API client revoked', async () => {
    const quiet = [
      security(kit.securitySessionRevoked, { reason: 'LOGOUT' }, { subject: { type: 'Session', id: randomUUID() } }),
      security(kit.securityDocumentViewed, { documentIds: [randomUUID()], kinds: ['PASSPORT'] }, { subject: { type: 'Document', id: randomUUID() } }),
    ];
    for (const event of quiet) expect(await notificationsOf(await deliverEvent(event))).toEqual([]);
    const revoked = security(kit.securityApiClientRevoked, { clientId: 'eco_ci_a', keyType: 'LIVE' }, { subject: { type: 'ApiClient', id: randomUUID() }, actorId: CITIZEN });
    await deliver(db.services, revoked);
    expect(await notificationsOf(revoked)).toEqual([]);
  });

  it('are personal messages: in the preferences, never a webhook type', async () => {
    const told = kit.SECURITY_EVENTS.filter((contract) => db.services.registry.handlerFor(contract.name));
    expect(told).toEqual([
      kit.securityLoginSucceeded,
      kit.securityLoginFailed,
      kit.securityMfaEnabled,
      kit.securityMfaDisabled,
      kit.securityEmailConfirmed,
      kit.securityPasswordReset,
      kit.securitySessionRevoked,
      kit.securityDocumentAdded,
      kit.securityDocumentChanged,
      kit.securityChildAdded,
      kit.securityChildRemoved,
    ]);
    const webhookTypes = db.services.webhooks.eventTypes();
    expect(webhookTypes.filter((type) => type.startsWith('security.'))).toEqual([]);
    const types = await execute(db.services, '{ webhookEventTypes }', { viewer: testClientViewer(randomUUID(), 'eco_ci', ['webhooks:manage'], 'LIVE') });
    expect(types.data?.webhookEventTypes).toEqual(webhookTypes);
  });
});

describe('an API client revoked (identity)', () => {
  it('disables the client’s webhook endpoints and cancels what was pending, once', async () => {
    const clientId = randomUUID();
    const manager = testClientViewer(clientId, 'eco_ci_revoked', ['webhooks:manage'], 'LIVE');
    const registered = await execute(
      db.services,
      'mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id } } }',
      { viewer: manager, variables: { input: { url: 'https://portal.example.org/hooks', eventTypes: ['application.status_changed'] } } },
    );
    const endpointId = registered.data?.registerWebhook.endpoint.id as string;
    const revoked = security(kit.securityApiClientRevoked, { clientId: 'eco_ci_revoked', keyType: 'LIVE' }, { owner: null, subject: { type: 'ApiClient', id: clientId }, actorId: CITIZEN });
    await deliver(db.services, revoked);
    await deliver(db.services, revoked);
    expect(await db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({ active: false });
  });
});

async function deliverEvent(event: FeedEvent): Promise<FeedEvent> {
  await deliver(db.services, event);
  return event;
}
