import { EventPayloadError, fineDiscountEnding, taxDueSoon } from '@eco/kit';
import { day } from '../src/shared/calendar';
import { CITIZEN, createTestDatabase, insertFine, insertTax, type TestDatabase } from './support/test-database';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db?.close();
});

const events = () => db.prisma.outboxEvent.findMany({ orderBy: { seq: 'asc' } });

describe('deadline reminders', () => {
  it('fine.discount_ending goes out 3 days before the discount ends, once; not for excluded or paid fines', async () => {
    const fine = await insertFine(db, { decisionDate: day('2026-03-02'), amountKopecks: 50_000 }); // last discount day 22 March
    await insertFine(db, { decisionDate: day('2026-03-02'), article: '12.26', part: '1' });
    await insertFine(db, { decisionDate: day('2026-03-02'), state: 'PAID' });

    db.clock.set('2026-03-18T09:00:00Z'); // 4 days before: not yet
    expect(await db.services.reminders.sendDue()).toBe(0);
    db.clock.set('2026-03-19T09:00:00Z'); // 3 days before
    expect(await db.services.reminders.sendDue()).toBe(1);
    db.clock.set('2026-03-20T09:00:00Z');
    expect(await db.services.reminders.sendDue()).toBe(0);
    await Promise.all([db.services.reminders.sendDue(), db.services.reminders.sendDue()]);

    const written = await events();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ type: fineDiscountEnding.name, subjectType: 'Fine', subjectId: fine.id, audience: { userIds: [CITIZEN], departmentIds: [] } });
    expect(written[0].payload).toEqual({ fineId: fine.id, ownerId: CITIZEN, deadline: '2026-03-22T20:59:59.999Z', lastDay: '2026-03-22', amountDue: 25_000, sandbox: false });
    // Stamped with the scheduler's clock, the moment the reminder was written.
    expect(written[0].occurredAt).toEqual(new Date('2026-03-19T09:00:00Z'));
  });

  it('a sandbox citizen\'s reminder is flagged sandbox (TEST keys\' webhooks only), a live one is not', async () => {
    const live = await insertFine(db, { decisionDate: day('2026-03-02') });
    const test = await insertFine(db, { decisionDate: day('2026-03-02'), sandbox: true });
    const tax = await insertTax(db, { period: 2025, sandbox: true });
    db.clock.set('2026-03-19T09:00:00Z');
    expect(await db.services.reminders.sendDue()).toBe(2);
    db.clock.set('2026-11-01T09:00:00Z');
    expect(await db.services.reminders.sendDue()).toBe(1);
    const bySubject = new Map((await events()).map((event) => [event.subjectId, (event.payload as { sandbox: unknown }).sandbox]));
    expect(bySubject).toEqual(new Map<string, unknown>([[live.id, false], [test.id, true], [tax.id, true]]));
  });

  it('tax.due_soon at 30 and at 7 days before 1 December, each once; nothing once paid', async () => {
    const tax = await insertTax(db, { period: 2025 }); // due 2026-12-01
    await insertTax(db, { period: 2025, type: 'LAND', object: 'Участок 50:20:0010203:567', state: 'PAID' });

    db.clock.set('2026-10-31T09:00:00Z'); // 31 days before
    expect(await db.services.reminders.sendDue()).toBe(0);
    db.clock.set('2026-11-01T09:00:00Z'); // 30 days before
    expect(await db.services.reminders.sendDue()).toBe(1);
    db.clock.set('2026-11-10T09:00:00Z');
    expect(await db.services.reminders.sendDue()).toBe(0);
    db.clock.set('2026-11-24T09:00:00Z'); // 7 days before
    expect(await db.services.reminders.sendDue()).toBe(1);
    db.clock.set('2026-11-30T09:00:00Z');
    expect(await db.services.reminders.sendDue()).toBe(0);

    const written = await events();
    expect(written.map((event) => [event.type, (event.payload as { daysBefore: number }).daysBefore])).toEqual([
      [taxDueSoon.name, 30],
      [taxDueSoon.name, 7],
    ]);
    expect(written[0].payload).toEqual({ taxId: tax.id, ownerId: CITIZEN, amountDue: tax.amountKopecks, deadline: '2026-12-01T20:59:59.999Z', dueDate: '2026-12-01', daysBefore: 30, sandbox: false });
    expect(await db.count('reminder')).toBe(2);
  });

  it('refuses a reminder whose payload does not fit the contract: neither the reminder nor its event is stored', async () => {
    // A negative amount (bad data from an import) cannot be a reminder's amountDue.
    await insertFine(db, { decisionDate: day('2026-03-02'), amountKopecks: -50_000 });
    db.clock.set('2026-03-19T09:00:00Z');
    await expect(db.services.reminders.sendDue()).rejects.toThrow(EventPayloadError);
    expect([await db.count('reminder'), await db.count('outbox_event')]).toEqual([0, 0]);
  });

  it('serves the reminders on the /events feed protocol (readAfter/head)', async () => {
    await insertFine(db, { decisionDate: day('2026-03-02') });
    db.clock.set('2026-03-21T09:00:00Z');
    await db.services.reminders.sendDue();
    expect(await db.services.outbox.head()).toBe(1n);
    expect((await db.services.outbox.readAfter(0n, 10)).map((row) => row.type)).toEqual([fineDiscountEnding.name]);
  });
});
