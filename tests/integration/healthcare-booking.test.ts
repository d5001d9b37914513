import { randomUUID } from 'node:crypto';
import { queryStackDatabase } from '../support/database';
import { CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql, subgraphUrl } from '../support/graphql-client';

const BOOK = /* GraphQL */ `
  mutation Book($input: BookAppointmentInput!) {
    bookAppointment(input: $input) { appointment { id status startsAt slot { id } specialty { code } } userErrors { field code message } }
  }
`;

const FREE_SLOTS = /* GraphQL */ `
  query FreeSlots($specialtyId: ID!, $from: DateTime!) {
    doctors(specialtyId: $specialtyId, first: 20) { edges { node { id freeSlots(from: $from, first: 100) { edges { node { id startsAt } } } } } }
  }
`;

type Booked = { id: string; status: string; startsAt: string; slot: { id: string }; specialty: { code: string } };

/** Runs `work` over `items` with at most `limit` in flight. */
async function bounded<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

/** A new citizen, registered through identity and signed in. */
async function newCitizen(index: number): Promise<{ token: string; userId: string }> {
  const suffix = randomUUID().slice(0, 8);
  const email = `patient.${suffix}@example.ru`;
  const password = 'Patient-Passw0rd!';
  const registered = await graphql(gatewayUrl(), 'mutation ($i: RegisterInput!) { register(input: $i) { user { id } userErrors { code field } } }', {
    i: { lastName: 'Пациентов', firstName: 'Пётр', birthDate: '1980-05-17', email, phone: `+7916${String(Date.now() % 1000).padStart(3, '0')}${String(index).padStart(4, '0')}`, password },
  });
  if (!registered.data?.register.user) throw new Error(`register failed: ${JSON.stringify(registered.data?.register.userErrors ?? registered.errors)}`);
  return loginAs(gatewayUrl(), email, password);
}

/** `count` free slots, at least a few hours ahead, of each of the first specialties that have them. */
async function freeSlotsBySpecialty(specialties: number, count: number): Promise<{ specialtyId: string; slotIds: string[] }[]> {
  const list = await graphql(gatewayUrl(), '{ specialties { id code } }');
  const from = new Date(Date.now() + 6 * 3600_000).toISOString();
  const found: { specialtyId: string; slotIds: string[] }[] = [];
  for (const specialty of list.data?.specialties ?? []) {
    const response = await graphql(gatewayUrl(), FREE_SLOTS, { specialtyId: specialty.id, from });
    expect(response.errors).toBeUndefined();
    const slotIds = response.data!.doctors.edges.flatMap((d: { node: { freeSlots: { edges: { node: { id: string } }[] } } }) => d.node.freeSlots.edges.map((e) => e.node.id));
    if (slotIds.length >= count) found.push({ specialtyId: specialty.id, slotIds: slotIds.slice(0, count) });
    if (found.length === specialties) break;
  }
  expect(found).toHaveLength(specialties);
  return found;
}

describe('doctor appointments through the gateway', () => {
  it('1,000 concurrent booking attempts for 100 free slots: exactly 100 appointments, no slot twice, every loser a coded error', async () => {
    // 10 patients each try all 100 slots (10 specialties × 10 slots): each patient can win at most
    // one slot per specialty, and a slot nobody won would need all 10 patients to hold one of the
    // other 9 slots of its specialty — impossible — so exactly 100 must be booked.
    const patients = await bounded(Array.from({ length: 10 }, (_, i) => i), 3, (i) => newCitizen(i));
    const groups = await freeSlotsBySpecialty(10, 10);
    const slotIds = groups.flatMap((g) => g.slotIds);
    expect(new Set(slotIds).size).toBe(100);

    const attempts = patients.flatMap((patient) => slotIds.map((slotId) => ({ patient, slotId })));
    expect(attempts).toHaveLength(1000);
    // Shuffled, so no patient or slot systematically goes first.
    attempts.sort(() => Math.random() - 0.5);
    const responses = await Promise.all(attempts.map(({ patient, slotId }) => graphql(gatewayUrl(), BOOK, { input: { slotId } }, { token: patient.token })));

    expect(responses.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    const winners = responses.filter((r) => r.data?.bookAppointment.appointment);
    const losers = responses.filter((r) => !r.data?.bookAppointment.appointment);
    expect(winners).toHaveLength(100);
    expect(losers).toHaveLength(900);
    for (const loser of losers) {
      const [error] = loser.data!.bookAppointment.userErrors;
      expect(['SLOT_TAKEN', 'ACTIVE_APPOINTMENT_EXISTS']).toContain(error.code);
      expect(error.message).toEqual(expect.any(String));
    }
    const wonSlots = winners.map((r) => (r.data!.bookAppointment.appointment as Booked).slot.id);
    expect(new Set(wonSlots)).toEqual(new Set(slotIds));

    const stored = await queryStackDatabase<{ slot_id: string; patient_id: string; specialty_id: string }>(
      `SELECT slot_id::text, patient_id::text, specialty_id::text FROM healthcare.appointment WHERE status = 'BOOKED' AND slot_id = ANY($1::uuid[])`,
      [slotIds],
    );
    expect(stored).toHaveLength(100);
    expect(new Set(stored.map((row) => row.slot_id)).size).toBe(100);
    expect(new Set(stored.map((row) => `${row.patient_id}/${row.specialty_id}`)).size).toBe(100);
    const slots = await queryStackDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM healthcare.slot WHERE status = 'BOOKED' AND id = ANY($1::uuid[])`, [slotIds]);
    expect(slots[0].n).toBe(100);
    const events = await queryStackDatabase<{ n: number }>(
      `SELECT count(*)::int AS n FROM healthcare.outbox_event WHERE type = 'appointment.booked' AND payload->>'appointmentId' = ANY($1::text[])`,
      [winners.map((r) => (r.data!.bookAppointment.appointment as Booked).id)],
    );
    expect(events[0].n).toBe(100);
    // Registering ten citizens (Argon2id) and 1,000 requests on two shared cores: more than Jest's default.
  }, 180_000);

  it('bad input — an unknown, a malformed or a past slot — gets a coded error and stores nothing; anonymous callers are refused', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN_2);
    const [past] = await queryStackDatabase<{ id: string }>(`SELECT id::text FROM healthcare.slot WHERE starts_at < now() AND status = 'FREE' LIMIT 1`);
    expect(past).toBeDefined();
    const before = await queryStackDatabase<{ n: number }>('SELECT count(*)::int AS n FROM healthcare.appointment');
    for (const [slotId, code] of [
      [randomUUID(), 'SLOT_NOT_FOUND'],
      ['12345', 'SLOT_NOT_FOUND'],
      [past.id, 'SLOT_IN_PAST'],
    ]) {
      const response = await graphql(gatewayUrl(), BOOK, { input: { slotId } }, { token: citizen.token, headers: { 'accept-language': 'en' } });
      expect(response.errors).toBeUndefined();
      expect(response.data?.bookAppointment).toMatchObject({ appointment: null, userErrors: [{ field: 'slotId', code }] });
    }
    const [{ slotIds }] = await freeSlotsBySpecialty(1, 1);
    const anonymous = await graphql(gatewayUrl(), BOOK, { input: { slotId: slotIds[0] } });
    expect(errorCodes(anonymous)).toContain('UNAUTHENTICATED');
    const after = await queryStackDatabase<{ n: number }>('SELECT count(*)::int AS n FROM healthcare.appointment');
    expect(after[0].n).toBe(before[0].n);
  });

  it('another patient sees nothing of these appointments: not by id, not in «Мои записи», not the .ics; the patient does, and is notified', async () => {
    const owner = await loginAs(gatewayUrl(), CITIZEN);
    const other = await loginAs(gatewayUrl(), CITIZEN_2);
    // A specialty the demo citizen has no active appointment in (other scenarios may have booked).
    const groups = await freeSlotsBySpecialty(12, 1).catch(() => freeSlotsBySpecialty(10, 1));
    let booked: Booked | null = null;
    for (const group of groups) {
      const response = await graphql(gatewayUrl(), BOOK, { input: { slotId: group.slotIds[0] } }, { token: owner.token });
      booked = response.data?.bookAppointment.appointment ?? null;
      if (booked) break;
    }
    expect(booked).not.toBeNull();
    const id = booked!.id;

    const READ = 'query ($id: ID!) { appointment(id: $id) { id status startsAt icsContent doctor { fullName } clinic { name region { code name } } } }';
    const own = await graphql(gatewayUrl(), READ, { id }, { token: owner.token });
    expect(own.errors).toBeUndefined();
    expect(own.data?.appointment).toMatchObject({ id, status: 'BOOKED', clinic: { region: { name: expect.any(String) } } });
    expect(own.data?.appointment.icsContent).toContain('BEGIN:VEVENT');

    const foreign = await graphql(gatewayUrl(), READ, { id }, { token: other.token });
    expect(foreign.data?.appointment ?? null).toBeNull();
    expect(errorCodes(foreign)).toContain('FORBIDDEN');
    expect(JSON.stringify(foreign)).not.toContain('VEVENT');
    const anonymous = await graphql(gatewayUrl(), READ, { id });
    expect(errorCodes(anonymous)).toContain('UNAUTHENTICATED');

    const MINE = '{ me { appointments(first: 100) { totalCount edges { node { id } } } } }';
    const mine = await graphql(gatewayUrl(), MINE, {}, { token: owner.token });
    expect(mine.data?.me.appointments.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    const theirs = await graphql(gatewayUrl(), MINE, {}, { token: other.token });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.me.appointments.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);

    const cancelByOther = await graphql(gatewayUrl(), 'mutation ($i: CancelAppointmentInput!) { cancelAppointment(input: $i) { appointment { id } userErrors { code } } }', { i: { appointmentId: id } }, { token: other.token });
    expect(cancelByOther.data?.cancelAppointment).toEqual({ appointment: null, userErrors: [{ code: 'APPOINTMENT_NOT_FOUND' }] });

    // Through the gateway's origin, where the API's relative calendarUrl points.
    const ics = new URL(`/appointments/${id}.ics`, gatewayUrl()).toString();
    expect((await fetch(ics, { headers: { authorization: `Bearer ${owner.token}` } })).status).toBe(200);
    expect((await fetch(ics, { headers: { authorization: `Bearer ${other.token}` } })).status).toBe(403);
    expect((await fetch(ics)).status).toBe(401);

    // The confirmation becomes the patient's notification (healthcare's feed → notifications).
    let titles: string[] = [];
    for (let i = 0; i < 100 && !titles.includes('Вы записаны к врачу'); i += 1) {
      const notes = await graphql(gatewayUrl(), '{ me { notifications(first: 50) { edges { node { subjectId title(locale: RU) } } } } }', {}, { token: owner.token });
      titles = (notes.data?.me.notifications.edges ?? []).filter((e: { node: { subjectId: string } }) => e.node.subjectId === id).map((e: { node: { title: string } }) => e.node.title);
      if (!titles.length) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(titles).toContain('Вы записаны к врачу');
    const othersNotes = await graphql(gatewayUrl(), '{ me { notifications(first: 100) { edges { node { subjectId } } } } }', {}, { token: other.token });
    expect(JSON.stringify(othersNotes.data)).not.toContain(id);

    const cancelled = await graphql(gatewayUrl(), 'mutation ($i: CancelAppointmentInput!) { cancelAppointment(input: $i) { appointment { status } userErrors { code } } }', { i: { appointmentId: id } }, { token: owner.token });
    expect(cancelled.data?.cancelAppointment).toEqual({ appointment: { status: 'CANCELLED' }, userErrors: [] });
  });

  it('rescheduling to a slot that is taken changes nothing; to a free one moves the appointment and frees the old slot', async () => {
    const owner = await loginAs(gatewayUrl(), CITIZEN_2);
    const groups = await freeSlotsBySpecialty(10, 3);
    let booked: Booked | null = null;
    let group = groups[0];
    for (const candidate of groups) {
      const response = await graphql(gatewayUrl(), BOOK, { input: { slotId: candidate.slotIds[0] } }, { token: owner.token });
      booked = response.data?.bookAppointment.appointment ?? null;
      group = candidate;
      if (booked) break;
    }
    expect(booked).not.toBeNull();
    const rival = await newCitizen(9_000 + Math.floor(Math.random() * 999));
    const rivalBooked = await graphql(gatewayUrl(), BOOK, { input: { slotId: group.slotIds[1] } }, { token: rival.token });
    expect(rivalBooked.data?.bookAppointment.userErrors).toEqual([]);

    const MOVE = 'mutation ($i: RescheduleAppointmentInput!) { rescheduleAppointment(input: $i) { appointment { id slot { id } rescheduledCount } userErrors { field code } } }';
    const refused = await graphql(gatewayUrl(), MOVE, { i: { appointmentId: booked!.id, slotId: group.slotIds[1] } }, { token: owner.token });
    expect(refused.data?.rescheduleAppointment).toEqual({ appointment: null, userErrors: [{ field: 'slotId', code: 'SLOT_TAKEN' }] });
    const [kept] = await queryStackDatabase<{ slot_id: string; status: string }>('SELECT slot_id::text, status::text FROM healthcare.appointment WHERE id = $1', [booked!.id]);
    expect(kept).toEqual({ slot_id: group.slotIds[0], status: 'BOOKED' });

    const moved = await graphql(gatewayUrl(), MOVE, { i: { appointmentId: booked!.id, slotId: group.slotIds[2] } }, { token: owner.token });
    expect(moved.data?.rescheduleAppointment).toEqual({ appointment: { id: booked!.id, slot: { id: group.slotIds[2] }, rescheduledCount: 1 }, userErrors: [] });
    const slots = await queryStackDatabase<{ id: string; status: string }>('SELECT id::text, status::text FROM healthcare.slot WHERE id = ANY($1::uuid[]) ORDER BY id', [group.slotIds]);
    expect(Object.fromEntries(slots.map((s) => [s.id, s.status]))).toEqual({ [group.slotIds[0]]: 'FREE', [group.slotIds[1]]: 'BOOKED', [group.slotIds[2]]: 'BOOKED' });
  });
});
