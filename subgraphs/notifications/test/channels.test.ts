import { testViewer as viewer } from '@eco/kit';
import { SandboxSender } from '../src/channels/sandbox-sender';
import { SANDBOX_TEST_VALUES } from '../src/channels/sandbox-test-values';
import { CITIZEN, statusChanged } from './support/events';
import { execute } from './support/execute';
import { createTestDatabase, eventually, type TestDatabase } from './support/test-database';
import { deliver } from './support/deliver';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(() => db?.close());

/** Runs the email/SMS worker until every delivery of the notification is final. */
async function deliverAll(notificationId: string) {
  return eventually(async () => {
    await db.services.deliveries.processDue();
    const rows = await db.prisma.notificationDelivery.findMany({ where: { notificationId }, orderBy: { channel: 'asc' } });
    return rows.every((row) => row.nextAttemptAt === null) ? rows : null;
  });
}

async function notify(email: string | null, phone: string | null): Promise<string> {
  await db.services.contacts.set(CITIZEN, { email, phone });
  const event = statusChanged({ to: 'REGISTERED' });
  await deliver(db.services, event);
  return (await db.prisma.notification.findFirstOrThrow({ where: { sourceEventId: event.id } })).id;
}

describe('the sandbox provider', () => {
  it('documents its test values and walks a message through created → sending → outcome', async () => {
    expect(SANDBOX_TEST_VALUES).toEqual({
      EMAIL: {
        'bounce@sandbox.gosuslugi.local': 'permanent-failure',
        'tempfail@sandbox.gosuslugi.local': 'temporary-failure-once',
        'tempfail-always@sandbox.gosuslugi.local': 'temporary-failure-always',
      },
      SMS: { '+79990009990': 'permanent-failure', '+79990009999': 'temporary-failure-once', '+79990009998': 'temporary-failure-always' },
    });
    const email = new SandboxSender(db.prisma, 'EMAIL');
    const lifecycle = async (to: string, reference: string) => {
      const { providerMessageId } = await email.send({ channel: 'EMAIL', to, subject: 'Тема', text: 'Текст', reference });
      const steps = [];
      for (let i = 0; i < 3; i += 1) steps.push((await email.status(providerMessageId)).status);
      return steps;
    };
    expect(await lifecycle('someone@mail.ru', 'r1')).toEqual(['sending', 'delivered', 'delivered']);
    expect(await lifecycle('BOUNCE@sandbox.gosuslugi.local', 'r2')).toEqual(['sending', 'permanent-failure', 'permanent-failure']);
    expect(await lifecycle('tempfail@sandbox.gosuslugi.local', 'r3')).toEqual(['sending', 'temporary-failure', 'temporary-failure']);
    expect(await lifecycle('tempfail@sandbox.gosuslugi.local', 'r3')).toEqual(['sending', 'delivered', 'delivered']);
    expect(await lifecycle('tempfail-always@sandbox.gosuslugi.local', 'r4')).toEqual(['sending', 'temporary-failure', 'temporary-failure']);
    expect(await lifecycle('tempfail-always@sandbox.gosuslugi.local', 'r4')).toEqual(['sending', 'temporary-failure', 'temporary-failure']);
    await expect(email.send({ channel: 'EMAIL', to: 'not an address', subject: null, text: 'x', reference: 'r5' })).rejects.toThrow('invalid email');
    expect(await db.prisma.sandboxMessage.count({ where: { reference: 'r3' } })).toBe(2);
  });

  it('delivers email and SMS to ordinary contacts, recording what was sent', async () => {
    const id = await notify('ivanov@mail.ru', '+79161234567');
    const rows = await deliverAll(id);
    expect(rows.map((r) => [r.channel, r.status, r.attempts, r.lastError])).toEqual([
      ['EMAIL', 'DELIVERED', 1, null],
      ['SMS', 'DELIVERED', 1, null],
    ]);
    const sent = await db.prisma.sandboxMessage.findMany({ where: { reference: { in: rows.map((r) => r.id) } }, orderBy: { channel: 'asc' } });
    expect(sent.map((m) => [m.channel, m.recipient, m.status])).toEqual([
      ['EMAIL', 'ivanov@mail.ru', 'delivered'],
      ['SMS', '+79161234567', 'delivered'],
    ]);
    expect(sent[0].subject).toMatch(/^Заявление 2026-\d{6}: зарегистрировано$/);
    expect(sent[1].text).toBe(sent[0].subject);
  });

  it('bounce@sandbox.gosuslugi.local and +79990009990 fail permanently, without retries', async () => {
    const rows = await deliverAll(await notify('bounce@sandbox.gosuslugi.local', '+79990009990'));
    expect(rows.map((r) => [r.channel, r.status, r.attempts])).toEqual([
      ['EMAIL', 'PERMANENT_FAILURE', 1],
      ['SMS', 'PERMANENT_FAILURE', 1],
    ]);
    expect(rows[0].lastError).toContain('hard bounce');
    expect(rows[1].lastError).toContain('not in service');
  });

  it('tempfail@sandbox.gosuslugi.local and +79990009999 fail temporarily, then are delivered on the retry', async () => {
    const id = await notify('tempfail@sandbox.gosuslugi.local', '+79990009999');
    const seen = new Set<string>();
    const rows = await eventually(async () => {
      await db.services.deliveries.processDue();
      const current = await db.prisma.notificationDelivery.findMany({ where: { notificationId: id }, orderBy: { channel: 'asc' } });
      current.forEach((row) => seen.add(`${row.channel}:${row.status}`));
      return current.every((row) => row.nextAttemptAt === null) ? current : null;
    });
    expect([...seen]).toEqual(expect.arrayContaining(['SMS:TEMPORARY_FAILURE', 'EMAIL:TEMPORARY_FAILURE']));
    expect(rows.map((r) => [r.channel, r.status, r.attempts])).toEqual([
      ['EMAIL', 'DELIVERED', 2],
      ['SMS', 'DELIVERED', 2],
    ]);
    // The last failure's reason stays in the log.
    expect(rows[1].lastError).toContain('unreachable');
  });

  it('gives up after the last retry when a number keeps failing (+79990009998)', async () => {
    const rows = await deliverAll(await notify(null, '+79990009998'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'SMS', status: 'PERMANENT_FAILURE', attempts: 3 });
    expect(rows[0].lastError).toMatch(/^gave up after 3 attempts/);
  });
});

describe('preferences and contacts', () => {
  const PREFS = 'query { notificationPreferences { eventType label inApp email sms customized } }';

  it('lists every event type with its defaults, and respects a user who turns email off', async () => {
    const me = viewer(CITIZEN);
    const before = await execute(db.services, PREFS, { viewer: me, locale: 'en' });
    expect(before.data?.notificationPreferences).toEqual([
      { eventType: 'application.status_changed', label: 'Application status changes', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'payment.captured', label: 'Payments', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'fine.discount_ending', label: 'Fine discount ending', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'tax.due_soon', label: 'Tax due date', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'appointment.booked', label: 'Doctor appointments', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'appointment.cancelled', label: 'Cancelled doctor appointments', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'appointment.rescheduled', label: 'Moved doctor appointments', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'appointment.reminder', label: 'Doctor appointment reminders', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'kindergarten_application.status_changed', label: 'Kindergarten queue', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'school_enrollment.status_changed', label: 'First-grade enrollment', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'document.issued', label: 'Service results ready', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'document.quarantined', label: 'Uploaded file checks', inApp: true, email: false, sms: false, customized: false },
      { eventType: 'fine_appeal.filed', label: 'Fine appeals', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'fine_appeal.decided', label: 'Fine appeal decisions', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'security.login_succeeded', label: 'Sign-ins from a new device', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'security.login_failed', label: 'Sign-in locks after failed attempts', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'security.mfa_enabled', label: 'Two-step verification turned on', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'security.mfa_disabled', label: 'Two-step verification turned off', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'security.password_reset', label: 'Password resets', inApp: true, email: true, sms: true, customized: false },
      { eventType: 'security.session_revoked', label: 'Sessions ended for security', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'security.email_confirmed', label: 'Email confirmation', inApp: true, email: false, sms: false, customized: false },
      { eventType: 'security.document_added', label: 'Documents in your profile', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'security.document_changed', label: 'Changes to documents in your profile', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'security.child_added', label: 'Children in your profile', inApp: true, email: true, sms: false, customized: false },
      { eventType: 'security.child_removed', label: 'Children removed from your profile', inApp: true, email: true, sms: false, customized: false },
    ]);

    const set = await execute(
      db.services,
      'mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { eventType email sms customized } userErrors { code field } } }',
      { viewer: me, variables: { input: { eventType: 'application.status_changed', email: false } } },
    );
    expect(set.data?.setNotificationPreference).toEqual({
      preference: { eventType: 'application.status_changed', email: false, sms: true, customized: true },
      userErrors: [],
    });

    const id = await notify('ivanov@mail.ru', '+79161234567');
    const deliveries = await db.prisma.notificationDelivery.findMany({ where: { notificationId: id } });
    expect(deliveries.map((d) => d.channel)).toEqual(['SMS']);
    expect(await db.prisma.notification.count({ where: { id } })).toBe(1);

    await db.services.preferences.set(CITIZEN, { eventType: 'application.status_changed', sms: false });
    const quiet = await notify('ivanov@mail.ru', '+79161234567');
    expect(await db.prisma.notificationDelivery.count({ where: { notificationId: quiet } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { id: quiet } })).toBe(1);
    await db.services.preferences.set(CITIZEN, { eventType: 'application.status_changed', email: true, sms: true });

    const unknown = await execute(
      db.services,
      'mutation { setNotificationPreference(input: { eventType: "payment.received", email: false }) { preference { eventType } userErrors { code field } } }',
      { viewer: me },
    );
    expect(unknown.data?.setNotificationPreference).toEqual({ preference: null, userErrors: [{ code: 'UNKNOWN_EVENT_TYPE', field: 'eventType' }] });
    expect((await execute(db.services, PREFS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates and normalizes contacts; bad input stores nothing', async () => {
    const me = viewer(CITIZEN);
    const SET = 'mutation ($input: SetNotificationContactsInput!) { setNotificationContacts(input: $input) { contacts { email phone locale } userErrors { field code } } }';
    const ok = await execute(db.services, SET, { viewer: me, variables: { input: { email: ' Ivanov@Mail.RU ', phone: '8 (912) 345-67-89', locale: 'EN' } } });
    expect(ok.data?.setNotificationContacts).toEqual({ contacts: { email: 'ivanov@mail.ru', phone: '+79123456789', locale: 'EN' }, userErrors: [] });

    const bad = await execute(db.services, SET, { viewer: me, variables: { input: { email: 'ivanov@', phone: '12345' } } });
    expect(bad.data?.setNotificationContacts).toEqual({
      contacts: null,
      userErrors: [
        { field: 'email', code: 'INVALID_EMAIL' },
        { field: 'phone', code: 'INVALID_PHONE' },
      ],
    });
    const read = await execute(db.services, '{ notificationContacts { email phone locale } }', { viewer: me });
    expect(read.data?.notificationContacts).toEqual({ email: 'ivanov@mail.ru', phone: '+79123456789', locale: 'EN' });

    const cleared = await execute(db.services, SET, { viewer: me, variables: { input: { phone: null } } });
    expect(cleared.data?.setNotificationContacts.contacts).toEqual({ email: 'ivanov@mail.ru', phone: null, locale: 'EN' });
    // An English-speaking recipient gets the English text.
    const id = await notify('ivanov@mail.ru', null);
    await deliverAll(id);
    const [email] = await db.prisma.sandboxMessage.findMany({ where: { recipient: 'ivanov@mail.ru' }, orderBy: { createdAt: 'desc' }, take: 1 });
    expect(email.subject).toMatch(/^Application 2026-\d{6}: registered$/);
    await db.services.contacts.set(CITIZEN, { locale: 'RU' });
  });
});
