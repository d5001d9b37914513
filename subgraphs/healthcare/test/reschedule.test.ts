import type { PoolClient } from 'pg';
import { createTestDatabase, insertFixture, insertSlot, PATIENT, PATIENT2, type Fixture, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let f: Fixture;
beforeAll(async () => {
  db = await createTestDatabase({ lockTimeoutMs: 500 });
  f = await insertFixture(db);
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await db.pool.query(`DROP TRIGGER IF EXISTS fail_reschedule ON "${db.schema}".outbox_event`);
  await db.prisma.outboxEvent.deleteMany();
  await db.prisma.appointment.deleteMany();
  await db.prisma.slot.deleteMany();
  db.clock.set('2026-03-02T06:00:00Z');
});

async function bookedAt(startsAt: string) {
  const slot = await insertSlot(db, f.doctorId, startsAt);
  const outcome = await db.services.appointments.book(PATIENT, { slotId: slot.id });
  if (!outcome.ok) throw new Error(`booking failed: ${JSON.stringify(outcome.problems)}`);
  return { slot, appointment: outcome.value };
}

/** Everything a reschedule could touch, to compare before and after. */
async function snapshot() {
  return {
    appointments: await db.prisma.appointment.findMany({ orderBy: { id: 'asc' } }),
    slots: (await db.prisma.slot.findMany({ orderBy: { id: 'asc' } })).map((s) => ({ id: s.id, status: s.status })),
    events: await db.count('outbox_event'),
  };
}

/** Waits until some session is blocked by `holder` (the reschedule reached that statement). */
async function untilBlockedBy(holder: PoolClient): Promise<void> {
  const { rows: [{ pid }] } = await holder.query('SELECT pg_backend_pid() AS pid');
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid]);
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('nobody ever waited for a lock');
}

describe('rescheduleAppointment', () => {
  it('moves the appointment: the new slot BOOKED, the old one FREE, one appointment.rescheduled event', async () => {
    const { slot: old, appointment } = await bookedAt('2026-03-03T08:00:00Z');
    const target = await insertSlot(db, f.otherDoctorId, '2026-03-04T10:00:00Z');
    const moved = await db.services.appointments.reschedule(PATIENT, { appointmentId: appointment.id, slotId: target.id });
    expect(moved.ok).toBe(true);
    expect(moved.ok && moved.value).toMatchObject({ id: appointment.id, slotId: target.id, doctorId: f.otherDoctorId, status: 'BOOKED', rescheduled: 1 });
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: old.id } })).status).toBe('FREE');
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: target.id } })).status).toBe('BOOKED');
    const events = await db.prisma.outboxEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['appointment.booked', 'appointment.rescheduled']);
    expect(events[1].payload).toMatchObject({ startsAt: '2026-03-04T10:00:00.000Z', previousStartsAt: '2026-03-03T08:00:00.000Z' });
  });

  it('refuses a taken, past, unknown or other-specialty slot and someone else’s appointment, changing nothing', async () => {
    const { appointment } = await bookedAt('2026-03-03T08:00:00Z');
    const taken = await insertSlot(db, f.otherDoctorId, '2026-03-04T10:00:00Z');
    const theirs = await db.services.appointments.book(PATIENT2, { slotId: taken.id });
    expect(theirs.ok).toBe(true);
    const past = await insertSlot(db, f.otherDoctorId, '2026-03-01T10:00:00Z');
    const dentist = await insertSlot(db, f.dentistId, '2026-03-04T11:00:00Z', 30);
    const before = await snapshot();
    const attempt = async (slotId: string, patientId = PATIENT) => {
      const outcome = await db.services.appointments.reschedule(patientId, { appointmentId: appointment.id, slotId });
      return outcome.ok ? [] : outcome.problems.map((p) => p.code);
    };
    expect(await attempt(taken.id)).toEqual(['SLOT_TAKEN']);
    expect(await attempt(past.id)).toEqual(['SLOT_IN_PAST']);
    expect(await attempt('00000000-0000-4000-8000-00000000dead')).toEqual(['SLOT_NOT_FOUND']);
    expect(await attempt('x')).toEqual(['SLOT_NOT_FOUND']);
    expect(await attempt(dentist.id)).toEqual(['SPECIALTY_MISMATCH']);
    expect(await attempt(appointment.slotId)).toEqual(['SAME_SLOT']);
    expect(await attempt(dentist.id, PATIENT2)).toEqual(['APPOINTMENT_NOT_FOUND']);
    expect(await snapshot()).toEqual(before);
  });

  it('failing halfway (the new slot taken, then the appointment row held elsewhere past the lock timeout) keeps the original appointment', async () => {
    const { slot: old, appointment } = await bookedAt('2026-03-03T08:00:00Z');
    const target = await insertSlot(db, f.otherDoctorId, '2026-03-04T10:00:00Z');
    const before = await snapshot();
    // Another transaction (e.g. the same patient on another device) holds the appointment row.
    const other: PoolClient = await db.pool.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT id FROM "${db.schema}".appointment WHERE id = $1 FOR UPDATE`, [appointment.id]);
      const rescheduling = db.services.appointments.reschedule(PATIENT, { appointmentId: appointment.id, slotId: target.id });
      await untilBlockedBy(other);
      // Proof that the first step happened: the new slot's row is locked by the reschedule now.
      await expect(db.pool.query(`SELECT id FROM "${db.schema}".slot WHERE id = $1 FOR UPDATE NOWAIT`, [target.id])).rejects.toMatchObject({ code: '55P03' });
      const outcome = await rescheduling;
      expect(outcome).toEqual({ ok: false, problems: [{ field: 'appointmentId', code: 'APPOINTMENT_BUSY' }] });
    } finally {
      await other.query('ROLLBACK');
      other.release();
    }
    expect(await snapshot()).toEqual(before);
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: old.id } })).status).toBe('BOOKED');
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: target.id } })).status).toBe('FREE');
    // And the slot it tried to take is free for others.
    expect((await db.services.appointments.book(PATIENT2, { slotId: target.id })).ok).toBe(true);
  });

  it('failing at the last step (the database refuses the event row) rolls back the slot swap and the move', async () => {
    const { appointment } = await bookedAt('2026-03-03T08:00:00Z');
    const target = await insertSlot(db, f.otherDoctorId, '2026-03-04T10:00:00Z');
    await db.pool.query(`
      CREATE OR REPLACE FUNCTION "${db.schema}".refuse_rescheduled() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.type = 'appointment.rescheduled' THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$`);
    await db.pool.query(`CREATE TRIGGER fail_reschedule BEFORE INSERT ON "${db.schema}".outbox_event FOR EACH ROW EXECUTE FUNCTION "${db.schema}".refuse_rescheduled()`);
    const before = await snapshot();
    await expect(db.services.appointments.reschedule(PATIENT, { appointmentId: appointment.id, slotId: target.id })).rejects.toThrow(/injected failure/);
    expect(await snapshot()).toEqual(before);
    expect(before.appointments.find((a) => a.id === appointment.id)).toMatchObject({ slotId: appointment.slotId, status: 'BOOKED', rescheduled: 0 });
  });

  it('two devices moving the same appointment at once: one wins, the appointment holds exactly one slot', async () => {
    const { appointment } = await bookedAt('2026-03-03T08:00:00Z');
    const a = await insertSlot(db, f.otherDoctorId, '2026-03-04T10:00:00Z');
    const b = await insertSlot(db, f.otherDoctorId, '2026-03-04T11:00:00Z');
    const outcomes = await Promise.all([a, b].map((slot) => db.services.appointments.reschedule(PATIENT, { appointmentId: appointment.id, slotId: slot.id })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const row = await db.prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
    expect(await db.count('slot', `status = 'BOOKED'`)).toBe(1);
    expect((await db.prisma.slot.findUniqueOrThrow({ where: { id: row.slotId } })).status).toBe('BOOKED');
  });

  it('the cut-off applies to moving as well', async () => {
    const { appointment } = await bookedAt('2026-03-02T07:30:00Z');
    const target = await insertSlot(db, f.otherDoctorId, '2026-03-04T10:00:00Z');
    const outcome = await db.services.appointments.reschedule(PATIENT, { appointmentId: appointment.id, slotId: target.id });
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual(['CANCELLATION_CUTOFF_PASSED']);
  });
});
