import { randomUUID } from 'node:crypto';
import { ANONYMOUS, citizen, errorCodes, execute, employee } from './support/graph';
import { createTestDatabase, insertFixture, insertSlot, PATIENT, PATIENT2, type Fixture, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let f: Fixture;
beforeAll(async () => {
  db = await createTestDatabase();
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

const BOOK = `mutation($slotId: ID!) { bookAppointment(input: { slotId: $slotId }) { appointment { id status startsAt doctor { fullName } clinic { name } specialty { name } } userErrors { field code message } } }`;
const APPOINTMENT_FIELDS = `id status startsAt calendarPath icsContent patient { id }`;

async function book(slotId: string, viewer = citizen(PATIENT), locale: 'ru' | 'en' = 'en') {
  return execute(db.services, BOOK, { viewer, variables: { slotId }, locale });
}

describe('the public catalogue', () => {
  it('anyone, signed in or not, searches clinics by region / district / specialty, doctors, and free slots', async () => {
    const free = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const taken = await insertSlot(db, f.doctorId, '2026-03-03T08:15:00Z');
    await insertSlot(db, f.doctorId, '2026-03-01T08:00:00Z'); // past: never offered
    await book(taken.id, citizen(PATIENT2));
    const result = await execute(
      db.services,
      `query($s: ID!, $other: ID!) {
        bySpecialty: clinics(regionCode: "77", district: "сао", specialtyId: $s) { totalCount edges { node { id name region { code } hours { weekday opens closes } specialties { code name(locale: RU) } } } }
        elsewhere: clinics(regionCode: "78") { totalCount }
        badId: clinics(specialtyId: "nope") { totalCount }
        doctors(specialtyId: $s) { totalCount edges { node { fullName freeSlots(first: 10) { totalCount edges { node { id startsAt endsAt status } } } } } }
        dentists: doctors(specialtyId: $other) { totalCount }
        specialties { code }
      }`,
      { viewer: ANONYMOUS, variables: { s: f.specialtyId, other: f.otherSpecialtyId } },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.bySpecialty.totalCount).toBe(1);
    expect(data.bySpecialty.edges[0].node).toMatchObject({ id: f.clinicId, region: { code: '77' }, hours: [{ weekday: 1, opens: '08:00', closes: '20:00' }] });
    expect(data.bySpecialty.edges[0].node.specialties.map((s: { name: string }) => s.name)).toEqual(['Стоматолог', 'Терапевт']);
    expect(data.elsewhere.totalCount).toBe(0);
    expect(data.badId.totalCount).toBe(0);
    expect(data.doctors.totalCount).toBe(2);
    const smirnova = data.doctors.edges.find((e: { node: { fullName: string } }) => e.node.fullName === 'Смирнова Елена Викторовна').node;
    expect(smirnova.freeSlots.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([free.id]);
    expect(data.dentists.totalCount).toBe(1);
  });

  it('a free-slot period longer than 31 days or reversed is a BAD_USER_INPUT error', async () => {
    const result = await execute(db.services, `query($id: ID!) { doctor(id: $id) { freeSlots(from: "2026-03-10T00:00:00Z", to: "2026-03-05T00:00:00Z") { totalCount } } }`, {
      variables: { id: f.doctorId },
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('appointments: the patient’s alone', () => {
  it('booking returns the appointment with its doctor, clinic and specialty; bad input comes back coded in ru/en', async () => {
    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const booked = await book(slot.id);
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookAppointment).toMatchObject({
      appointment: { status: 'BOOKED', doctor: { fullName: 'Смирнова Елена Викторовна' }, clinic: { name: 'ГБУЗ «Городская поликлиника № 62 ДЗМ»' }, specialty: { name: 'General practitioner' } },
      userErrors: [],
    });
    const again = await book(slot.id, citizen(PATIENT2), 'ru');
    expect(again.data!.bookAppointment).toEqual({ appointment: null, userErrors: [{ field: 'slotId', code: 'SLOT_TAKEN', message: 'Это время уже занято, выберите другое' }] });
    const unknown = await book(randomUUID());
    expect(unknown.data!.bookAppointment.userErrors[0]).toMatchObject({ code: 'SLOT_NOT_FOUND', message: 'No such appointment slot' });
    expect(await db.count('appointment')).toBe(1);
  });

  it('anonymous callers and employees cannot book; nothing is stored', async () => {
    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    expect(errorCodes(await book(slot.id, ANONYMOUS))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await book(slot.id, employee(randomUUID(), 'MINZDRAV')))).toEqual(['FORBIDDEN']);
    expect(await db.count('appointment')).toBe(0);
  });

  it('another patient sees nothing: not by id, not through _entities, not in their User.appointments, not another user’s list', async () => {
    const slot = await insertSlot(db, f.doctorId, '2026-03-03T08:00:00Z');
    const id = (await book(slot.id)).data!.bookAppointment.appointment.id;

    const own = await execute(db.services, `query($id: ID!) { appointment(id: $id) { ${APPOINTMENT_FIELDS} } }`, { viewer: citizen(PATIENT), variables: { id } });
    expect(own.errors).toBeUndefined();
    expect(own.data!.appointment).toMatchObject({ id, status: 'BOOKED', calendarPath: `/appointments/${id}.ics`, patient: { id: PATIENT } });
    expect(own.data!.appointment.icsContent).toContain('DTSTART:20260303T080000Z');

    const byId = await execute(db.services, `query($id: ID!) { appointment(id: $id) { ${APPOINTMENT_FIELDS} } }`, { viewer: citizen(PATIENT2), variables: { id } });
    expect(byId.data?.appointment ?? null).toBeNull();
    expect(new Set(errorCodes(byId))).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(byId)).not.toContain('BEGIN:VCALENDAR');

    const entities = await execute(db.services, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Appointment { ${APPOINTMENT_FIELDS} } } }`, {
      viewer: citizen(PATIENT2),
      variables: { reps: [{ __typename: 'Appointment', id }] },
    });
    expect(entities.data!._entities).toEqual([null]);
    expect(errorCodes(entities)).toContain('FORBIDDEN');

    const USER_APPOINTMENTS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { appointments(status: [BOOKED]) { totalCount edges { node { id } } } } } }`;
    const theirOwn = await execute(db.services, USER_APPOINTMENTS, { viewer: citizen(PATIENT2), variables: { reps: [{ __typename: 'User', id: PATIENT2 }] } });
    expect(theirOwn.data!._entities[0].appointments.totalCount).toBe(0);
    const mine = await execute(db.services, USER_APPOINTMENTS, { viewer: citizen(PATIENT), variables: { reps: [{ __typename: 'User', id: PATIENT }] } });
    expect(mine.data!._entities[0].appointments).toMatchObject({ totalCount: 1, edges: [{ node: { id } }] });
    const snooping = await execute(db.services, USER_APPOINTMENTS, { viewer: citizen(PATIENT2), variables: { reps: [{ __typename: 'User', id: PATIENT }] } });
    expect(snooping.data!._entities[0]?.appointments ?? null).toBeNull();
    expect(errorCodes(snooping)).toContain('FORBIDDEN');
    const anonymous = await execute(db.services, USER_APPOINTMENTS, { viewer: ANONYMOUS, variables: { reps: [{ __typename: 'User', id: PATIENT }] } });
    expect(errorCodes(anonymous)).toContain('UNAUTHENTICATED');

    const cancelByOther = await execute(db.services, `mutation($id: ID!) { cancelAppointment(input: { appointmentId: $id }) { appointment { id } userErrors { code } } }`, {
      viewer: citizen(PATIENT2),
      variables: { id },
    });
    expect(cancelByOther.data!.cancelAppointment).toEqual({ appointment: null, userErrors: [{ code: 'APPOINTMENT_NOT_FOUND' }] });
    const moveByAnonymous = await execute(db.services, `mutation($id: ID!) { rescheduleAppointment(input: { appointmentId: $id, slotId: $id }) { userErrors { code } } }`, {
      viewer: ANONYMOUS,
      variables: { id },
    });
    expect(errorCodes(moveByAnonymous)).toEqual(['UNAUTHENTICATED']);
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id } })).status).toBe('BOOKED');
  });
});
