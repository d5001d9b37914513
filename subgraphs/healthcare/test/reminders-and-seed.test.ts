import { calendarEntry, escapeText, foldLine } from '../src/appointments/ics';
import { seedDemoData } from '../src/seed';
import { DEMO_DOCTORS } from '../src/seed-data';
import { planSlots } from '../src/slots/schedule';
import { createTestDatabase, insertFixture, insertSlot, PATIENT, type Fixture, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let f: Fixture;
beforeAll(async () => {
  db = await createTestDatabase();
  f = await insertFixture(db);
});
afterAll(async () => {
  await db?.close();
});

describe('reminders', () => {
  it('one appointment.reminder from 24 h before the visit, never twice, and once more after a move', async () => {
    db.clock.set('2026-03-02T06:00:00Z');
    const slot = await insertSlot(db, f.doctorId, '2026-03-04T08:00:00Z');
    const booked = await db.services.appointments.book(PATIENT, { slotId: slot.id });
    if (!booked.ok) throw new Error('booking failed');
    const reminders = () => db.count('outbox_event', `type = 'appointment.reminder'`);
    expect(await db.services.reminders.sendDue()).toBe(0);
    db.clock.set('2026-03-03T08:00:00Z');
    expect(await db.services.reminders.sendDue()).toBe(1);
    expect(await db.services.reminders.sendDue()).toBe(0);
    expect(await reminders()).toBe(1);
    const target = await insertSlot(db, f.otherDoctorId, '2026-03-03T12:00:00Z');
    expect((await db.services.appointments.reschedule(PATIENT, { appointmentId: booked.value.id, slotId: target.id })).ok).toBe(true);
    expect(await db.services.reminders.sendDue()).toBe(1);
    expect(await reminders()).toBe(2);
    // After the visit: not active any more, no reminder.
    db.clock.set('2026-03-03T12:00:00Z');
    expect(await db.services.appointments.completePast()).toBe(1);
    expect(await db.services.reminders.sendDue()).toBe(0);
  });
});

describe('schedules and the seed', () => {
  it('plans slots inside the clinic hours on the doctor’s weekdays, in UTC from local time', () => {
    const hours = [{ weekday: 1, opens: '08:00', closes: '20:00' }];
    // Monday 2 March 2026, 05:00 UTC = 08:00 Moscow.
    const slots = planSlots({ hours, utcOffsetMinutes: 180, shift: { weekdays: [1], part: 'MORNING' }, slotMinutes: 20, from: new Date('2026-03-02T04:00:00Z'), days: 7 });
    expect(slots[0]).toEqual({ startsAt: new Date('2026-03-02T05:00:00Z'), durationMinutes: 20 });
    expect(slots).toHaveLength(18); // 08:00–14:00 in 20-minute visits
    expect(slots[slots.length - 1].startsAt).toEqual(new Date('2026-03-02T10:40:00Z'));
    const evening = planSlots({ hours, utcOffsetMinutes: 180, shift: { weekdays: [1], part: 'EVENING' }, slotMinutes: 20, from: new Date('2026-03-02T12:00:00Z'), days: 7 });
    expect(evening[0].startsAt).toEqual(new Date('2026-03-02T12:20:00Z'));
    expect(evening[evening.length - 1].startsAt).toEqual(new Date('2026-03-02T16:40:00Z'));
  });

  it('the seed opens three weeks of schedules and is idempotent (a booked slot stays booked)', async () => {
    const now = new Date('2026-03-02T06:00:00Z');
    await seedDemoData(db.prisma, { now });
    const slots = await db.count('slot', `doctor_id::text LIKE 'c3000000%'`);
    expect(slots).toBeGreaterThan(DEMO_DOCTORS.length * 30);
    const first = await db.prisma.slot.findFirstOrThrow({ where: { doctorId: DEMO_DOCTORS[0].id }, orderBy: { startsAt: 'asc' } });
    await db.prisma.slot.update({ where: { id: first.id }, data: { status: 'BOOKED' } });
    await seedDemoData(db.prisma, { now });
    expect(await db.count('slot', `doctor_id::text LIKE 'c3000000%'`)).toBe(slots);
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('BOOKED');
    const latest = await db.prisma.slot.findFirstOrThrow({ orderBy: { startsAt: 'desc' } });
    expect(latest.startsAt.getTime() - now.getTime()).toBeLessThan(21 * 86_400_000);
    expect(await db.count('specialty', `code IN ('therapist','pediatrician','surgeon','ophthalmologist','dentist')`)).toBe(5);
  });
});

describe('the .ics calendar entry', () => {
  it('escapes text, folds long lines at 75 octets without splitting a letter, uses CRLF and UTC', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'Ж'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'Ж'.repeat(60)}`);
    const ics = calendarEntry({
      uid: 'x@y',
      startsAt: new Date('2026-03-03T08:00:00Z'),
      durationMinutes: 15,
      summary: 'Приём: Терапевт, Смирнова',
      location: 'Поликлиника, ул. Фестивальная; д. 4',
      description: 'line1\nline2',
      stamp: new Date('2026-03-02T06:00:00.123Z'),
      sequence: 0,
      cancelled: false,
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(ics).toContain('DTSTART:20260303T080000Z\r\nDTEND:20260303T081500Z');
    expect(ics).toContain('DTSTAMP:20260302T060000Z');
    expect(ics).toContain('SUMMARY:Приём: Терапевт\\, Смирнова');
    expect(ics).toContain('LOCATION:Поликлиника\\, ул. Фестивальная\\; д. 4');
    expect(ics).toContain('DESCRIPTION:line1\\nline2');
  });
});
