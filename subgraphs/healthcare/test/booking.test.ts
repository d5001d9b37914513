import { appointmentBooked, EventPayloadError } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, insertFixture, insertSlot, PATIENT, PATIENT2, type Fixture, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let f: Fixture;
beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 12 });
  f = await insertFixture(db);
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await db.prisma.outboxEvent.deleteMany();
  await db.prisma.appointment.deleteMany();
  await db.prisma.slot.deleteMany();
  db.clock.set('2026-03-02T06:00:00Z');
});

const codesOf = (outcome: { ok: boolean; problems?: { code: string }[] }) => (outcome.ok ? [] : outcome.problems!.map((p) => p.code));

describe('bookAppointment (service, real PostgreSQL)', () => {
  it('books a free future slot: the slot turns BOOKED and an appointment.booked event commits with it', async () => {
    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const outcome = await db.services.appointments.book(PATIENT, { slotId: slot.id });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value).toMatchObject({ patientId: PATIENT, slotId: slot.id, doctorId: f.doctorId, specialtyId: f.specialtyId, status: 'BOOKED' });
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: slot.id } })).status).toBe('BOOKED');
    const events = await db.prisma.outboxEvent.findMany();
    expect(events.map((e) => e.type)).toEqual([appointmentBooked.name]);
    // The contract's payload (no liveFields): the visit as the patient's notification tells it.
    expect(appointmentBooked.problems(events[0].payload)).toEqual([]);
    expect(events[0].payload).not.toHaveProperty('liveFields');
    expect(events[0].payload).toMatchObject({ appointmentId: outcome.value.id, patientId: PATIENT, status: 'BOOKED', startsAt: '2026-03-03T08:00:00.000Z', doctorName: 'Смирнова Елена Викторовна', room: '214' });
    expect(events[0].audience).toEqual({ userIds: [PATIENT], departmentIds: [] });
    expect(events[0].occurredAt).toEqual(new Date('2026-03-02T06:00:00Z'));
  });

  it('refuses a booked event that does not fit the contract (a doctor without a room): the booking rolls back', async () => {
    const roomless = randomUUID();
    await db.prisma.doctor.create({ data: { id: roomless, lastName: 'Орлова', firstName: 'Анна', specialtyId: f.otherSpecialtyId, clinicId: f.clinicId, room: '', slotMinutes: 30 } });
    const slot = await insertSlot(db, roomless, '2026-03-03T08:00:00Z', 30);
    await expect(db.services.appointments.book(PATIENT2, { slotId: slot.id })).rejects.toThrow(EventPayloadError);
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: slot.id } })).status).toBe('FREE');
    expect([await db.count('appointment'), await db.count('outbox_event')]).toEqual([0, 0]);
  });

  it('refuses unknown, malformed, past and taken slots with codes, and stores nothing', async () => {
    const past = await insertSlot(db, f.doctorId, '2026-03-02T05:59:00Z');
    const now = await insertSlot(db, f.doctorId, '2026-03-02T06:00:00Z');
    expect(codesOf(await db.services.appointments.book(PATIENT, { slotId: randomUUID() }))).toEqual(['SLOT_NOT_FOUND']);
    expect(codesOf(await db.services.appointments.book(PATIENT, { slotId: 'not-a-uuid' }))).toEqual(['SLOT_NOT_FOUND']);
    expect(codesOf(await db.services.appointments.book(PATIENT, { slotId: past.id }))).toEqual(['SLOT_IN_PAST']);
    // A slot that starts right now has begun: refused too.
    expect(codesOf(await db.services.appointments.book(PATIENT, { slotId: now.id }))).toEqual(['SLOT_IN_PAST']);
    expect(await db.count('appointment')).toBe(0);
    expect(await db.count('outbox_event')).toBe(0);
    expect(await db.count('slot', `status = 'BOOKED'`)).toBe(0);

    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    expect((await db.services.appointments.book(PATIENT, { slotId: slot.id })).ok).toBe(true);
    expect(codesOf(await db.services.appointments.book(PATIENT2, { slotId: slot.id }))).toEqual(['SLOT_TAKEN']);
    expect(await db.count('appointment')).toBe(1);
  });

  it('one active appointment per specialty per patient; another specialty is fine', async () => {
    const first = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const second = await insertSlot(db, f.otherDoctorId, '2026-03-04T08:00:00Z');
    const dentist = await insertSlot(db, f.dentistId, '2026-03-04T09:00:00Z', 30);
    expect((await db.services.appointments.book(PATIENT, { slotId: first.id })).ok).toBe(true);
    expect(codesOf(await db.services.appointments.book(PATIENT, { slotId: second.id }))).toEqual(['ACTIVE_APPOINTMENT_EXISTS']);
    expect((await db.services.appointments.book(PATIENT, { slotId: dentist.id })).ok).toBe(true);
    expect((await db.services.appointments.book(PATIENT2, { slotId: second.id })).ok).toBe(true);
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('BOOKED');
  });

  it('once the visit time has passed it is no longer active: the patient can book that specialty again', async () => {
    const first = await insertSlot(db, f.doctorId, '2026-03-02T08:00:00Z');
    const later = await insertSlot(db, f.doctorId, '2026-03-05T08:00:00Z');
    const booked = await db.services.appointments.book(PATIENT, { slotId: first.id });
    expect(booked.ok).toBe(true);
    db.clock.set('2026-03-02T09:00:00Z');
    expect((await db.services.appointments.book(PATIENT, { slotId: later.id })).ok).toBe(true);
    const rows = await db.prisma.appointment.findMany({ where: { patientId: PATIENT }, orderBy: { bookedAt: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['COMPLETED', 'BOOKED']);
  });

  it('the database itself refuses a second active appointment on a slot and a second one per specialty (not only a check)', async () => {
    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const other = await insertSlot(db, f.otherDoctorId, '2026-03-03T09:00:00Z');
    const row = (patientId: string, slotId: string, doctorId: string) => ({ id: randomUUID(), patientId, slotId, doctorId, specialtyId: f.specialtyId, bookedAt: new Date() });
    await db.prisma.appointment.create({ data: row(PATIENT, slot.id, f.doctorId) });
    await expect(db.prisma.appointment.create({ data: row(PATIENT2, slot.id, f.doctorId) })).rejects.toMatchObject({ code: 'P2002' });
    await expect(db.prisma.appointment.create({ data: row(PATIENT, other.id, f.otherDoctorId) })).rejects.toMatchObject({ code: 'P2002' });
    // Cancelled ones do not count: the slot can be booked again after a cancellation.
    await db.prisma.appointment.create({ data: { ...row(PATIENT2, slot.id, f.doctorId), status: 'CANCELLED' } });
    expect(await db.count('appointment')).toBe(2);
  });

  it('40 patients racing for one slot: exactly one appointment, everyone else SLOT_TAKEN', async () => {
    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const patients = Array.from({ length: 40 }, () => randomUUID());
    const outcomes = await Promise.all(patients.map((patientId) => db.services.appointments.book(patientId, { slotId: slot.id })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(new Set(outcomes.filter((o) => !o.ok).flatMap(codesOf))).toEqual(new Set(['SLOT_TAKEN']));
    expect(await db.count('appointment', `slot_id = $1`, [slot.id])).toBe(1);
    expect(await db.count('outbox_event')).toBe(1);
  });

  it('one patient racing for ten slots of one specialty: exactly one appointment, the other slots stay FREE', async () => {
    const slots = await Promise.all(Array.from({ length: 10 }, (_, i) => insertSlot(db, i % 2 ? f.doctorId : f.otherDoctorId, new Date(Date.UTC(2026, 2, 3, 8, i * 15)))));
    const outcomes = await Promise.all(slots.map((slot) => db.services.appointments.book(PATIENT, { slotId: slot.id })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(new Set(outcomes.filter((o) => !o.ok).flatMap(codesOf))).toEqual(new Set(['ACTIVE_APPOINTMENT_EXISTS']));
    expect(await db.count('appointment')).toBe(1);
    expect(await db.count('slot', `status = 'BOOKED'`)).toBe(1);
  });
});

describe('cancelAppointment', () => {
  it('frees the slot (someone else can book it) and records appointment.cancelled', async () => {
    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const booked = await db.services.appointments.book(PATIENT, { slotId: slot.id });
    if (!booked.ok) throw new Error('booking failed');
    const cancelled = await db.services.appointments.cancel(PATIENT, { appointmentId: booked.value.id });
    expect(cancelled.ok && cancelled.value.status).toBe('CANCELLED');
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: slot.id } })).status).toBe('FREE');
    expect((await db.prisma.outboxEvent.findMany({ orderBy: { seq: 'asc' } })).map((e) => e.type)).toEqual(['appointment.booked', 'appointment.cancelled']);
    expect((await db.services.appointments.book(PATIENT2, { slotId: slot.id })).ok).toBe(true);
    expect(codesOf(await db.services.appointments.cancel(PATIENT, { appointmentId: booked.value.id }))).toEqual(['APPOINTMENT_NOT_ACTIVE']);
  });

  it('refuses after the cut-off (2 h before the start) and for someone else, changing nothing', async () => {
    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const booked = await db.services.appointments.book(PATIENT, { slotId: slot.id });
    if (!booked.ok) throw new Error('booking failed');
    expect(codesOf(await db.services.appointments.cancel(PATIENT2, { appointmentId: booked.value.id }))).toEqual(['APPOINTMENT_NOT_FOUND']);
    expect(codesOf(await db.services.appointments.cancel(PATIENT, { appointmentId: 'nope' }))).toEqual(['APPOINTMENT_NOT_FOUND']);
    db.clock.set('2026-03-03T06:00:01Z');
    const late = await db.services.appointments.cancel(PATIENT, { appointmentId: booked.value.id });
    expect(late).toEqual({ ok: false, problems: [{ field: 'appointmentId', code: 'CANCELLATION_CUTOFF_PASSED', params: { hours: 2 } }] });
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: booked.value.id } })).status).toBe('BOOKED');
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: slot.id } })).status).toBe('BOOKED');
    db.clock.set('2026-03-03T05:59:59Z');
    expect((await db.services.appointments.cancel(PATIENT, { appointmentId: booked.value.id })).ok).toBe(true);
  });
});
