import { SqlSchema, testViewer as viewer } from '@eco/kit';
import { WebhookDispatcher } from '../src/webhooks/webhook-dispatcher';
import { WebhookSecretCipher } from '../src/webhooks/webhook-secret-cipher';
import { verifyWebhookSignature } from '../src/webhooks/webhook-signature';
import { validateWebhookUrl } from '../src/webhooks/webhook-url';
import { webhookBody } from '../src/webhooks/webhooks.service';
import { ADMIN, CITIZEN, ORG_REP, ORG_REP2, statusChanged } from './support/events';
import { errorCodes, execute } from './support/execute';
import { createTestDatabase, eventually, silentLogger, TEST_SETTINGS, type TestDatabase } from './support/test-database';
import { signedHeaders, startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';
import { deliver } from './support/deliver';

let db: TestDatabase;
let receiver: WebhookReceiver;
const orgRep = viewer(ORG_REP, ['ORG_REPRESENTATIVE']);
const orgRep2 = viewer(ORG_REP2, ['ORG_REPRESENTATIVE']);
const admin = viewer(ADMIN, ['ADMIN']);
const citizen = viewer(CITIZEN);

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) { endpoint { id url eventTypes active owner { id } } secret userErrors { field code message } }
  }
`;
const LOG = /* GraphQL */ `
  query Log($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId) {
      totalCount
      edges { node { id eventId eventType status attempts responseCode lastError lastAttemptAt nextAttemptAt deliveredAt createdAt endpoint { id } } }
    }
  }
`;
const REPLAY = /* GraphQL */ `
  mutation Replay($id: ID!) { replayWebhookDelivery(input: { id: $id }) { delivery { id status attempts } userErrors { field code } } }
`;

async function register(url: string, as = orgRep) {
  const result = await execute(db.services, REGISTER, { viewer: as, variables: { input: { url, eventTypes: ['application.status_changed'] } } });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.registerWebhook;
  expect(payload.userErrors).toEqual([]);
  return { id: payload.endpoint.id as string, secret: payload.secret as string };
}

async function log(endpointId: string, as = orgRep) {
  const result = await execute(db.services, LOG, { viewer: as, variables: { endpointId } });
  expect(result.errors).toBeUndefined();
  return result.data?.webhookDeliveries.edges.map((edge: any) => edge.node) as any[];
}

/** Runs the dispatcher until the endpoint's deliveries are all final. */
async function dispatchUntilSettled(endpointId: string) {
  return eventually(async () => {
    await db.services.webhookDispatcher.dispatchDue();
    const rows = await db.prisma.webhookDelivery.findMany({ where: { endpointId } });
    return rows.length > 0 && rows.every((row) => row.status !== 'PENDING') ? rows : null;
  }, 15_000);
}

beforeAll(async () => {
  db = await createTestDatabase();
  receiver = await startWebhookReceiver();
});

afterAll(async () => {
  await receiver?.stop();
  await db?.close();
});

beforeEach(async () => {
  receiver.requests.length = 0;
  receiver.respondWith([]);
  // Each test registers its own endpoints; older ones must not receive its events.
  await db.prisma.webhookEndpoint.updateMany({ data: { active: false } });
});

describe('registering a webhook', () => {
  it('refuses invalid URLs and unknown event types with userErrors, storing nothing', async () => {
    const cases: [string, string[], string[]][] = [
      ['ftp://portal.example.ru/hook', ['application.status_changed'], ['URL_SCHEME_NOT_ALLOWED']],
      ['javascript:alert(1)', ['application.status_changed'], ['URL_SCHEME_NOT_ALLOWED']],
      ['not a url', ['application.status_changed'], ['URL_INVALID']],
      ['https://user:secret@portal.example.ru/hook', ['application.status_changed'], ['URL_CREDENTIALS_NOT_ALLOWED']],
      [`https://portal.example.ru/${'a'.repeat(2100)}`, ['application.status_changed'], ['URL_TOO_LONG']],
      ['https://portal.example.ru/hook', [], ['EVENT_TYPES_REQUIRED']],
      ['https://portal.example.ru/hook', ['application.status_changed', 'user.deleted'], ['UNKNOWN_EVENT_TYPE']],
      ['file:///etc/passwd', ['nope'], ['URL_SCHEME_NOT_ALLOWED', 'UNKNOWN_EVENT_TYPE']],
    ];
    const before = await db.count('webhook_endpoint');
    for (const [url, eventTypes, codes] of cases) {
      const result = await execute(db.services, REGISTER, { viewer: orgRep, variables: { input: { url, eventTypes } }, locale: 'en' });
      expect(result.data?.registerWebhook.endpoint).toBeNull();
      expect(result.data?.registerWebhook.secret).toBeNull();
      expect(result.data?.registerWebhook.userErrors.map((e: any) => e.code)).toEqual(codes);
    }
    const unknown = await execute(db.services, REGISTER, { viewer: orgRep, variables: { input: { url: 'https://x.ru', eventTypes: ['a', 'b'] } } });
    expect(unknown.data?.registerWebhook.userErrors[1]).toEqual({ field: 'eventTypes.1', code: 'UNKNOWN_EVENT_TYPE', message: 'Неизвестный тип события' });
    expect(await db.count('webhook_endpoint')).toBe(before);
  });

  it('takes plain http only outside production', () => {
    expect(validateWebhookUrl(' https://portal.example.ru/hook#frag ', { allowHttp: false })).toEqual({ url: 'https://portal.example.ru/hook' });
    expect(validateWebhookUrl('http://portal.example.ru/hook', { allowHttp: true })).toEqual({ url: 'http://portal.example.ru/hook' });
    expect(validateWebhookUrl('http://portal.example.ru/hook', { allowHttp: false })).toEqual({ problems: [{ field: 'url', code: 'URL_SCHEME_NOT_ALLOWED' }] });
  });

  it('is for administrators and organization representatives only', async () => {
    const input = { url: 'https://portal.example.ru/hook', eventTypes: ['application.status_changed'] };
    expect(errorCodes(await execute(db.services, REGISTER, { viewer: citizen, variables: { input } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(db.services, REGISTER, { variables: { input } }))).toEqual(['UNAUTHENTICATED']);
    const asAdmin = await execute(db.services, REGISTER, { viewer: admin, variables: { input } });
    expect(asAdmin.data?.registerWebhook.endpoint).toMatchObject({ url: 'https://portal.example.ru/hook', active: true, owner: { id: ADMIN } });
    const types = await execute(db.services, '{ webhookEventTypes }', { viewer: orgRep });
    expect(types.data?.webhookEventTypes).toEqual([
      'application.status_changed',
      'payment.captured',
      'fine.discount_ending',
      'tax.due_soon',
      'appointment.booked',
      'appointment.cancelled',
      'appointment.rescheduled',
      'appointment.reminder',
      'kindergarten_application.status_changed',
      'school_enrollment.status_changed',
      'fine_appeal.filed',
      'fine_appeal.decided',
    ]);
    // Person-only events (a result issued, a file quarantined, security messages) are no webhook's business.
    const personal = await execute(db.services, REGISTER, { viewer: admin, variables: { input: { ...input, eventTypes: ['document.issued'] } } });
    expect(personal.data?.registerWebhook.userErrors.map((error: { code: string }) => error.code)).toEqual(['UNKNOWN_EVENT_TYPE']);
  });

  it('returns the secret once and keeps it only encrypted', async () => {
    const { id, secret } = await register(receiver.url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const row = await db.pool.query(`SELECT * FROM "${db.schema}".webhook_endpoint WHERE id = $1`, [id]);
    expect(JSON.stringify(row.rows[0])).not.toContain(secret.slice(6));
    expect(new WebhookSecretCipher(db.webhookKey).open(await db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } }), id)).toBe(secret);
    const listed = await execute(db.services, '{ webhookEndpoints { totalCount edges { node { id url } } } }', { viewer: orgRep });
    expect(JSON.stringify(listed.data)).not.toContain(secret);
  });
});

describe('delivering events to webhooks', () => {
  it('POSTs the event with a signature that verifies with the secret, once per event', async () => {
    const { id, secret } = await register(receiver.url);
    const event = statusChanged({ to: 'REGISTERED', from: 'SUBMITTED', number: '2026-000777' });
    await deliver(db.services, event);
    await deliver(db.services, event);
    await dispatchUntilSettled(id);

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-eco-event-id']).toBe(event.id);
    expect(request.headers['x-eco-event-type']).toBe('application.status_changed');
    expect(Number(request.headers['x-eco-timestamp'])).toBeCloseTo(Date.now() / 1000, -2);
    expect(request.headers['x-eco-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
    const signed = signedHeaders(request.headers);
    expect(verifyWebhookSignature(secret, request.body, signed)).toBe(true);
    expect(verifyWebhookSignature('whsec_wrong', request.body, signed)).toBe(false);
    expect(verifyWebhookSignature(secret, `${request.body} `, signed)).toBe(false);
    // The timestamp is signed: moving it forward (to pass a receiver's window) breaks the signature.
    expect(verifyWebhookSignature(secret, request.body, { ...signed, timestamp: String(Number(signed.timestamp) + 60) })).toBe(false);
    // A replay of this very delivery ten minutes later is outside the 5-minute tolerance.
    const later = new Date((Number(signed.timestamp) + 600) * 1000);
    expect(verifyWebhookSignature(secret, request.body, signed, { now: later })).toBe(false);

    expect(JSON.parse(request.body)).toEqual({
      id: event.id,
      type: event.type,
      source: 'applications',
      occurredAt: event.occurredAt,
      subject: event.subject,
      payload: event.payload,
    });
    expect(await log(id)).toEqual([
      expect.objectContaining({ eventId: event.id, status: 'SUCCEEDED', attempts: 1, responseCode: 200, lastError: null, nextAttemptAt: null, endpoint: { id } }),
    ]);
  });

  it('sends an event written before live fields moved to the audience without the payload’s liveFields', () => {
    const event = statusChanged({ to: 'REGISTERED' });
    const written = { ...event, payload: { ...event.payload, liveFields: ['applicationStatusChanged'] } };
    expect(JSON.parse(webhookBody(written)).payload).toEqual(event.payload);
  });

  it('retries a receiver that fails twice: it gets the event once, the log shows 3 attempts', async () => {
    const { id, secret } = await register(receiver.url);
    receiver.respondWith([500, 503]);
    const event = statusChanged({ to: 'IN_PROGRESS' });
    await deliver(db.services, event);
    await dispatchUntilSettled(id);

    expect(receiver.requests.map((r) => r.answered)).toEqual([500, 503, 200]);
    expect(receiver.requests.filter((r) => r.answered < 300)).toHaveLength(1);
    // Every attempt carries the same event, body and a valid signature.
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1);
    expect(receiver.requests.every((r) => r.headers['x-eco-event-id'] === event.id && verifyWebhookSignature(secret, r.body, signedHeaders(r.headers)))).toBe(true);
    const [entry] = await log(id);
    expect(entry).toMatchObject({ status: 'SUCCEEDED', attempts: 3, responseCode: 200, lastError: null });
    expect(entry.deliveredAt).not.toBeNull();
  });

  it('gives up after 5 failed attempts (FAILED), and a replay sends it again', async () => {
    const { id } = await register(receiver.url);
    receiver.respondWith([], 500);
    const event = statusChanged({ to: 'COMPLETED' });
    await deliver(db.services, event);
    await dispatchUntilSettled(id);
    expect(receiver.requests).toHaveLength(TEST_SETTINGS.webhookRetry.maxAttempts);
    const [failed] = await log(id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 5, responseCode: 500, lastError: 'receiver answered HTTP 500', nextAttemptAt: null });

    receiver.respondWith([], 204);
    const replay = await execute(db.services, REPLAY, { viewer: orgRep, variables: { id: failed.id } });
    expect(replay.data?.replayWebhookDelivery).toEqual({ delivery: { id: failed.id, status: 'PENDING', attempts: 5 }, userErrors: [] });
    const twice = await execute(db.services, REPLAY, { viewer: orgRep, variables: { id: failed.id } });
    expect(twice.data?.replayWebhookDelivery.userErrors).toEqual([{ field: 'id', code: 'WEBHOOK_DELIVERY_PENDING' }]);
    await dispatchUntilSettled(id);
    expect(receiver.requests).toHaveLength(6);
    expect(receiver.requests[5].headers['x-eco-event-id']).toBe(event.id);
    expect((await log(id))[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 6, responseCode: 204, lastError: null });
  });

  it('counts a receiver that cannot be reached as a failed attempt', async () => {
    const gone = await startWebhookReceiver();
    await gone.stop();
    const { id } = await register(gone.url);
    await deliver(db.services, statusChanged({ to: 'REJECTED' }));
    await dispatchUntilSettled(id);
    const [entry] = await log(id);
    expect(entry).toMatchObject({ status: 'FAILED', attempts: 5, responseCode: null });
    expect(entry.lastError).toMatch(/^network error/);
  });

  it('never sends the same attempt twice when two dispatchers (replicas) run at once', async () => {
    const { id } = await register(receiver.url);
    const events = Array.from({ length: 12 }, () => statusChanged({ to: 'REGISTERED' }));
    for (const event of events) await deliver(db.services, event);
    const replica = new WebhookDispatcher(db.prisma, new SqlSchema(db.schema), new WebhookSecretCipher(db.webhookKey), {
      retry: TEST_SETTINGS.webhookRetry,
      timeoutMs: 2_000,
      now: () => new Date(),
      logger: silentLogger,
    });
    await Promise.all([db.services.webhookDispatcher.dispatchDue(5), replica.dispatchDue(5), db.services.webhookDispatcher.dispatchDue(5), replica.dispatchDue(5)]);
    await dispatchUntilSettled(id);
    const ids = receiver.requests.map((r) => r.headers['x-eco-event-id']);
    expect(ids).toHaveLength(12);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    expect((await log(id)).every((entry) => entry.attempts === 1)).toBe(true);
  });

  it('stops delivering once disabled: pending deliveries are cancelled, new events skip it', async () => {
    const { id } = await register(receiver.url);
    await deliver(db.services, statusChanged({ to: 'REGISTERED' }));
    const DISABLE = 'mutation ($id: ID!) { disableWebhook(input: { id: $id }) { endpoint { id active disabledAt } userErrors { code } } }';
    const disabled = await execute(db.services, DISABLE, { viewer: orgRep, variables: { id } });
    expect(disabled.data?.disableWebhook.endpoint).toMatchObject({ id, active: false, disabledAt: expect.anything() });
    await deliver(db.services, statusChanged({ to: 'IN_PROGRESS' }));
    await db.services.webhookDispatcher.dispatchDue();
    expect(receiver.requests).toHaveLength(0);
    expect((await log(id)).map((entry) => [entry.status, entry.attempts])).toEqual([['CANCELLED', 0]]);
    const replay = await execute(db.services, REPLAY, { viewer: orgRep, variables: { id: (await log(id))[0].id } });
    expect(replay.data?.replayWebhookDelivery.userErrors).toEqual([{ field: 'id', code: 'WEBHOOK_DISABLED' }]);
  });
});

describe('who may see and manage a webhook', () => {
  it('the owner and administrators read the log; another representative, a citizen or anonymous cannot', async () => {
    const { id } = await register(receiver.url);
    await deliver(db.services, statusChanged({ to: 'REGISTERED' }));
    await dispatchUntilSettled(id);
    const deliveryId = (await log(id))[0].id;

    expect(await log(id, admin)).toHaveLength(1);
    for (const [as, code] of [
      [orgRep2, 'FORBIDDEN'],
      [citizen, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await execute(db.services, LOG, { viewer: as, variables: { endpointId: id } });
      expect(result.data).toEqual({ webhookDeliveries: null });
      expect(errorCodes(result)).toEqual([code]);
    }
    // Mutations on someone else's endpoint or delivery: "not found", exactly as for a missing one.
    const DISABLE = 'mutation ($id: ID!) { disableWebhook(input: { id: $id }) { endpoint { active } userErrors { field code } } }';
    for (const deliveryOrNowhere of [deliveryId, '00000000-0000-4000-8000-00000000dead']) {
      const replay = await execute(db.services, REPLAY, { viewer: orgRep2, variables: { id: deliveryOrNowhere } });
      expect(replay.errors).toBeUndefined();
      expect(replay.data?.replayWebhookDelivery).toEqual({ delivery: null, userErrors: [{ field: 'id', code: 'WEBHOOK_DELIVERY_NOT_FOUND' }] });
    }
    for (const endpointOrNowhere of [id, '00000000-0000-4000-8000-00000000dead']) {
      const disable = await execute(db.services, DISABLE, { viewer: orgRep2, variables: { id: endpointOrNowhere } });
      expect(disable.errors).toBeUndefined();
      expect(disable.data?.disableWebhook).toEqual({ endpoint: null, userErrors: [{ field: 'id', code: 'WEBHOOK_NOT_FOUND' }] });
    }
    expect(await db.count('webhook_endpoint', 'id = $1 AND active', [id])).toBe(1);
    expect(await db.count('webhook_delivery', "id = $1 AND status <> 'PENDING'", [deliveryId])).toBe(1);

    const entities = 'query ($id: ID!) { _entities(representations: [{ __typename: "WebhookEndpoint", id: $id }]) { ... on WebhookEndpoint { id url } } }';
    const stranger = await execute(db.services, entities, { viewer: orgRep2, variables: { id } });
    expect(stranger.data?._entities[0]).toBeNull();
    expect(errorCodes(stranger)).toContain('FORBIDDEN');
    const single = await execute(db.services, 'query ($id: ID!) { webhookEndpoint(id: $id) { url } }', { viewer: orgRep2, variables: { id } });
    expect(errorCodes(single)).toContain('FORBIDDEN');
    expect(JSON.stringify(single.data)).not.toContain(receiver.url);

    const unknown = await execute(db.services, LOG, { viewer: orgRep, variables: { endpointId: '00000000-0000-4000-8000-00000000dead' } });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ webhookDeliveries: null });

    const mine = await execute(db.services, '{ webhookEndpoints { edges { node { id owner { id } } } } }', { viewer: orgRep2 });
    expect(mine.data?.webhookEndpoints.edges.every((e: any) => e.node.owner.id === ORG_REP2)).toBe(true);
    const all = await execute(db.services, '{ webhookEndpoints(first: 100) { totalCount edges { node { id } } } }', { viewer: admin });
    expect(all.data?.webhookEndpoints.edges.map((e: any) => e.node.id)).toContain(id);
  });
});
