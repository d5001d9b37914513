import { EventPayloadError } from '@eco/kit';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { CITIZEN, CITIZEN2, statusChanged } from './support/events';
import { deliver } from './support/deliver';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.services.contacts.set(CITIZEN, { email: 'citizen@demo.gosuslugi.local', phone: '+79990000001' });
});

afterAll(() => db?.close());

describe('handling an application.status_changed event', () => {
  it('creates the applicant’s notification linked to the application, its outbox row and deliveries in one go', async () => {
    const event = statusChanged({ to: 'REGISTERED', from: 'SUBMITTED', number: '2026-000321' });
    expect(await deliver(db.services, event)).toEqual({ status: 'processed', notificationsCreated: 1, webhookDeliveriesCreated: 0 });

    const notification = await db.prisma.notification.findFirstOrThrow({ where: { sourceEventId: event.id } });
    expect(notification).toMatchObject({
      userId: CITIZEN,
      eventType: 'application.status_changed',
      subjectType: 'Application',
      subjectId: event.subject.id,
      titleRu: 'Заявление 2026-000321: зарегистрировано',
      titleEn: 'Application 2026-000321: registered',
      readAt: null,
    });
    const outbox = await db.prisma.outboxEvent.findMany({ where: { subjectId: notification.id } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      type: 'notification.created',
      subjectType: 'Notification',
      // The subscription field it feeds is the contract's, in the audience.
      audience: { userIds: [CITIZEN], departmentIds: [], liveFields: ['notificationAdded'] },
    });
    expect(outbox[0].payload).toEqual({ notificationId: notification.id, userId: CITIZEN });
    const deliveries = await db.prisma.notificationDelivery.findMany({ where: { notificationId: notification.id }, orderBy: { channel: 'asc' } });
    expect(deliveries.map((d) => [d.channel, d.address, d.status])).toEqual([
      ['EMAIL', 'citizen@demo.gosuslugi.local', 'CREATED'],
      ['SMS', '+79990000001', 'CREATED'],
    ]);
  });

  it('is idempotent by event id: the same event twice gives one notification and one outbox row', async () => {
    const event = statusChanged({ to: 'IN_PROGRESS', from: 'REGISTERED' });
    await deliver(db.services, event);
    expect(await deliver(db.services, event)).toEqual({ status: 'processed', notificationsCreated: 0, webhookDeliveriesCreated: 0 });
    // A redelivery can also arrive concurrently (two replicas): still one of each.
    await Promise.allSettled([deliver(db.services, event), deliver(db.services, event)]);

    expect(await db.count('notification', 'source_event_id = $1', [event.id])).toBe(1);
    const notification = await db.prisma.notification.findFirstOrThrow({ where: { sourceEventId: event.id } });
    expect(await db.count('outbox_event', 'subject_id = $1', [notification.id])).toBe(1);
    expect(await db.count('notification_delivery', 'notification_id = $1', [notification.id])).toBe(2);
  });

  it('notifies only the applicant named in the event', async () => {
    const event = statusChanged({ to: 'COMPLETED', applicantId: CITIZEN2 });
    await deliver(db.services, event);
    const rows = await db.prisma.notification.findMany({ where: { sourceEventId: event.id } });
    expect(rows.map((row) => row.userId)).toEqual([CITIZEN2]);
    // citizen2 left no contacts: in-app only.
    expect(await db.count('notification_delivery', 'notification_id = $1', [rows[0].id])).toBe(0);
  });

  it('subscribes to no other event type, refuses a payload that does not fit the contract, and skips an event id that is no UUID', async () => {
    const other = { ...statusChanged({ to: 'COMPLETED' }), type: 'application.assigned' };
    expect(await deliver(db.services, other)).toBeNull();
    const broken = statusChanged({ to: 'COMPLETED' });
    // A producer's bug: the contract check throws, and nothing is stored.
    await expect(deliver(db.services, { ...broken, payload: { ...broken.payload, applicantId: null } })).rejects.toThrow(EventPayloadError);
    expect(await deliver(db.services, { ...broken, id: 'not-a-uuid' })).toEqual({ status: 'malformed' });
    expect(await db.count('notification', 'source_event_id = $1', [broken.id])).toBe(0);
  });

  it('stores recipients in lower case, as identity names them', async () => {
    const event = statusChanged({ to: 'REGISTERED', applicantId: CITIZEN2.toUpperCase() });
    await deliver(db.services, event);
    expect((await db.prisma.notification.findFirstOrThrow({ where: { sourceEventId: event.id } })).userId).toBe(CITIZEN2);
  });
});
