import { notificationCreated, sealEvent, testViewer as viewer, TEST_LIVE_EVENT_KEY, type FeedEvent } from '@eco/kit';
import { buildNotificationsSchema } from '../src/schema';
import { ADMIN, CITIZEN, CITIZEN2, statusChanged } from './support/events';
import { errorCodes, execute } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { deliver } from './support/deliver';

let db: TestDatabase;
let eventId: string;
let notificationId: string;
/** The event as the gateway holds it, sealed as it hands it over. */
let held: FeedEvent;
let sealed: string;

const LIVE = /* GraphQL */ `
  query Live($event: String!) { notificationAddedEvent(event: $event) { eventId notification { id title read subjectType } } }
`;

beforeAll(async () => {
  db = await createTestDatabase();
  const event = statusChanged({ to: 'INFO_REQUESTED', number: '2026-000042', comment: 'Нужна копия СНИЛС' });
  await deliver(db.services, event);
  const notification = await db.prisma.notification.findFirstOrThrow({ where: { sourceEventId: event.id } });
  notificationId = notification.id;
  eventId = (await db.prisma.outboxEvent.findFirstOrThrow({ where: { subjectId: notification.id } })).id;
  [held] = (await db.services.outbox.byIds(notificationCreated, [eventId])) as FeedEvent[];
  sealed = sealEvent(held, TEST_LIVE_EVENT_KEY);
});

afterAll(() => db?.close());

describe('notificationAdded (served live by the gateway)', () => {
  it('declares the subscription and the per-event query the gateway runs', async () => {
    const { sdl } = await buildNotificationsSchema();
    expect(sdl).toMatch(/type Subscription \{[^}]*notificationAdded: NotificationEvent/);
    expect(sdl).toContain('notificationAddedEvent(event: String!): NotificationEvent');
    expect(sdl).toMatch(/type NotificationEvent \{[^}]*eventId: ID!\s+notification: Notification!/);
  });

  it('gives the event to the notification’s owner', async () => {
    const result = await execute(db.services, LIVE, { viewer: viewer(CITIZEN), variables: { event: sealed }, locale: 'en' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.notificationAddedEvent).toEqual({
      eventId,
      notification: { id: notificationId, title: 'Application 2026-000042: more information needed', read: false, subjectType: 'Application' },
    });
  });

  it('refuses everyone else, so the gateway drops the event for them', async () => {
    for (const [as, code] of [
      [viewer(CITIZEN2), 'FORBIDDEN'],
      [viewer(ADMIN, ['ADMIN']), 'FORBIDDEN'],
      [viewer(CITIZEN2, ['EMPLOYEE'], 'MVD'), 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await execute(db.services, LIVE, { viewer: as, variables: { event: sealed } });
      expect(result.data?.notificationAddedEvent ?? null).toBeNull();
      expect(errorCodes(result)).toEqual([code]);
      expect(JSON.stringify(result)).not.toContain('2026-000042');
    }
  });

  it('answers null, without an error, for an event the gateway did not seal or one that is not a new notification', async () => {
    const forged = sealEvent({ ...held, payload: { ...held.payload, userId: CITIZEN2 } }, 'guessed-key');
    const otherKind = sealEvent({ ...held, type: 'application.status_changed' }, TEST_LIVE_EVENT_KEY);
    for (const event of [forged, otherKind, 'nonsense']) {
      const result = await execute(db.services, LIVE, { viewer: viewer(CITIZEN2), variables: { event } });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ notificationAddedEvent: null });
    }
    const subscribe = await execute(db.services, 'subscription { notificationAdded { eventId } }', { viewer: viewer(CITIZEN) });
    // Executing it in the subgraph (not subscribing) is meaningless but must not leak anything.
    expect(JSON.stringify(subscribe)).not.toContain('2026-000042');
  });
});
