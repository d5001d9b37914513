import { pageWindow } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { campaignYearAt, enrollmentWindowAt } from '../src/schools/enrollment-windows';
import { territoryCovers } from '../src/schools/schools.service';
import { createTestDatabase, insertSchool, TestParent, type TestDatabase } from './support/test-database';
import { SCHOOL_ENROLLMENTS_ORDER } from '../src/schools/school-enrollments.service';
import { eventsOf } from './support/events';

// Instants in Moscow time (UTC+3): the windows open and close at Moscow midnight.
const msk = (local: string) => new Date(`${local}+03:00`);
const BORN = '2020-05-15'; // 7 years 3 months on 1 September 2027
const ON_TERRITORY = 'г. Москва, ул. Арбат, д. 10, кв. 5';
const ELSEWHERE = 'г. Москва, ул. Арбатская, д. 3';

let db: TestDatabase;
let schoolId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  schoolId = (await insertSchool(db, { number: 1231, territory: ['ул. Арбат', 'Кривоарбатский пер.'], places: 1 })).id;
});
afterAll(() => db?.close());

const codes = (outcome: { ok: boolean; problems?: { code: string }[] }) => (outcome.ok ? [] : (outcome.problems ?? []).map((p) => p.code));

async function applyAt(local: string, options: { address?: string | null; priorityRight?: 'SIBLING' | null; born?: string } = {}) {
  db.clock.set(msk(local));
  const parent = new TestParent(db);
  return db.services.schoolEnrollments.apply(parent.id, parent.token, {
    childId: parent.child(options.born ?? BORN),
    schoolId,
    registeredAddress: options.address === undefined ? ON_TERRITORY : options.address,
    priorityRight: options.priorityRight ?? null,
  });
}

describe('first-grade campaign windows (Moscow time)', () => {
  it('the first window (territory or priority right) opens at 00:00 MSK on 1 April and closes at 24:00 MSK on 30 June', async () => {
    const before = await applyAt('2027-03-31T23:59:59.999');
    expect(before.ok ? null : before.problems).toEqual([{ field: null, code: 'ENROLLMENT_WINDOW_CLOSED', params: { from: '2027-04-01', to: '2027-06-30' } }]);
    const opening = await applyAt('2027-04-01T00:00:00.000');
    expect(opening.ok && opening.value).toMatchObject({ basis: 'TERRITORY', campaignYear: 2027, status: 'SUBMITTED' });
    expect((await applyAt('2027-06-30T23:59:59.999', { address: null, priorityRight: 'SIBLING' })).ok && 'ok').toBe('ok');
    const after = await applyAt('2027-07-01T00:00:00.000');
    expect(after.ok ? null : after.problems).toEqual([{ field: null, code: 'ENROLLMENT_WINDOW_CLOSED', params: { from: '2027-07-06', to: '2027-09-05' } }]);
  });

  it('everyone else: only 6 July – 5 September; then the next year’s windows', async () => {
    const april = await applyAt('2027-04-01T00:00:00.000', { address: ELSEWHERE });
    expect(april.ok ? null : april.problems[0].params).toEqual({ from: '2027-07-06', to: '2027-09-05' });
    expect(codes(await applyAt('2027-07-05T23:59:59.999', { address: ELSEWHERE }))).toEqual(['ENROLLMENT_WINDOW_CLOSED']);
    const opening = await applyAt('2027-07-06T00:00:00.000', { address: ELSEWHERE });
    expect(opening.ok && opening.value.basis).toBe('GENERAL');
    expect((await applyAt('2027-09-05T23:59:59.999', { address: ELSEWHERE, born: '2020-10-01' })).ok).toBe(true);
    const late = await applyAt('2027-09-06T00:00:00.000', { address: ELSEWHERE, born: '2021-01-10' });
    expect(late.ok ? null : late.problems[0]).toEqual({ field: null, code: 'ENROLLMENT_WINDOW_CLOSED', params: { from: '2028-07-06', to: '2028-09-05' } });
    const lateTerritory = await applyAt('2027-09-06T00:00:00.000', { born: '2021-01-10' });
    expect(lateTerritory.ok ? null : lateTerritory.problems[0].params).toEqual({ from: '2028-04-01', to: '2028-06-30' });
  });

  it('window rules in isolation: the campaign year turns after 5 September', () => {
    expect(campaignYearAt(msk('2027-09-05T23:59:59.999'))).toBe(2027);
    expect(campaignYearAt(msk('2027-09-06T00:00:00.000'))).toBe(2028);
    expect(enrollmentWindowAt(msk('2027-05-15T12:00:00'), true)).toEqual({ open: true, year: 2027 });
    expect(enrollmentWindowAt(msk('2027-05-15T12:00:00'), false).open).toBe(false);
    expect(territoryCovers(['ул. Арбат'], 'Москва, УЛ. АРБАТ, 10')).toBe(true);
    expect(territoryCovers(['ул. Арбат'], ELSEWHERE)).toBe(false);
    expect(territoryCovers(['ул. Заморёнова'], 'ул. Заморенова, 5')).toBe(true);
  });
});

describe('first-grade applications', () => {
  it('a second application for the same child in the same campaign year is refused', async () => {
    db.clock.set(msk('2027-04-02T10:00:00'));
    const parent = new TestParent(db);
    const childId = parent.child(BORN);
    const input = { childId, schoolId, registeredAddress: ON_TERRITORY };
    expect((await db.services.schoolEnrollments.apply(parent.id, parent.token, input)).ok).toBe(true);
    const before = await db.count('school_enrollment');
    const second = await db.services.schoolEnrollments.apply(parent.id, parent.token, input);
    expect(second.ok ? null : second.problems).toEqual([{ field: 'childId', code: 'ENROLLMENT_ALREADY_SUBMITTED', params: { year: 2027 } }]);
    expect(await db.count('school_enrollment')).toBe(before);
  });

  it('the child must be from 6½ to 8 on 1 September; not another parent’s child; nothing stored', async () => {
    const before = await db.count('school_enrollment');
    expect(codes(await applyAt('2027-04-02T10:00:00', { born: '2021-03-02' }))).toEqual(['CHILD_AGE_NOT_ELIGIBLE']);
    expect(codes(await applyAt('2027-04-02T10:00:00', { born: '2019-09-01' }))).toEqual(['CHILD_AGE_NOT_ELIGIBLE']);
    expect((await applyAt('2027-04-02T10:00:00', { born: '2021-03-01' })).ok).toBe(true);
    const stranger = new TestParent(db);
    const owner = new TestParent(db);
    const foreign = await db.services.schoolEnrollments.apply(stranger.id, stranger.token, { childId: owner.child(BORN), schoolId, registeredAddress: ON_TERRITORY });
    expect(codes(foreign)).toEqual(['CHILD_NOT_FOUND']);
    expect(codes(await db.services.schoolEnrollments.apply(owner.id, owner.token, { childId: owner.child(BORN), schoolId: randomUUID() }))).toEqual(['SCHOOL_NOT_FOUND']);
    expect(await db.count('school_enrollment')).toBe(before + 1);
  });

  it('MINPROS enrolls while places remain, refuses otherwise; a decision is final', async () => {
    const page = await db.services.schoolEnrollments.forSchool(schoolId, ['SUBMITTED'], pageWindow({ first: 50 }, SCHOOL_ENROLLMENTS_ORDER));
    expect(page.nodes[0].basis).toBe('PRIORITY_RIGHT');
    const [first, second] = page.nodes;
    const employee = randomUUID();
    const enrolled = await db.services.schoolEnrollments.decide(employee, { enrollmentId: first.id, decision: 'ENROLLED' });
    expect(enrolled.ok && enrolled.value.status).toBe('ENROLLED');
    expect(codes(await db.services.schoolEnrollments.decide(employee, { enrollmentId: second.id, decision: 'ENROLLED' }))).toEqual(['NO_FREE_PLACES']);
    expect(codes(await db.services.schoolEnrollments.decide(employee, { enrollmentId: first.id, decision: 'REFUSED' }))).toEqual(['ENROLLMENT_ALREADY_DECIDED']);
    const refused = await db.services.schoolEnrollments.decide(employee, { enrollmentId: second.id, decision: 'REFUSED', comment: 'Нет мест' });
    expect(refused.ok && refused.value).toMatchObject({ status: 'REFUSED', comment: 'Нет мест' });
    const school = await db.prisma.school.findUniqueOrThrow({ where: { id: schoolId } });
    expect(school.enrolled).toBe(1);
    const events = await eventsOf(db, 'SchoolEnrollment', first.id);
    expect(events.map((e) => [e.type, (e.payload as { to: string }).to])).toEqual([
      ['school_enrollment.status_changed', 'SUBMITTED'],
      ['school_enrollment.status_changed', 'ENROLLED'],
    ]);
  });
});
