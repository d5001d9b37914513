import { EventPayloadError, kindergartenApplicationStatusChanged, pageWindow } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { GROUP_QUEUE_ORDER, type KindergartenApplicationRow } from '../src/queue/kindergarten-applications.service';
import { eventsOf } from './support/events';
import { createTestDatabase, insertKindergarten, TestParent, type TestDatabase } from './support/test-database';

const DAY = 86_400_000;
const START = '2026-09-01';
const BORN = '2023-05-10'; // 39 months on 1 September 2026: the Младшая group (36–48)

let db: TestDatabase;
const employee = randomUUID();

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

type Category = 'EXTRAORDINARY' | 'PRIORITY' | 'PREFERENTIAL' | 'NONE';
interface Filed {
  application: KindergartenApplicationRow;
  parent: TestParent;
}

async function apply(kindergartenIds: string[], category: Category = 'NONE', parent = new TestParent(db)): Promise<Filed> {
  const outcome = await db.services.kindergartenApplications.apply(parent.id, parent.token, {
    childId: parent.child(BORN),
    kindergartenIds,
    desiredStartDate: new Date(`${START}T00:00:00Z`),
    benefitCategory: category,
    benefitDocumentRef: category === 'NONE' ? null : 'doc-1',
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return { application: outcome.value, parent };
}

async function positionIn(applicationId: string, groupId: string) {
  const [positions] = await db.services.kindergartenApplications.positionsByApplicationIds([applicationId]);
  return positions.find((p) => p.groupId === groupId) ?? null;
}

const codes = (outcome: { ok: boolean; problems?: { code: string }[] }) => (outcome.ok ? [] : (outcome.problems ?? []).map((p) => p.code));
const group = async (id: string) => db.prisma.kindergartenGroup.findUniqueOrThrow({ where: { id } });

describe('kindergarten queue', () => {
  it('ranks by category first, then submission time; positions move when others enroll or leave', async () => {
    const k = await insertKindergarten(db, { number: 101, places: 2 });
    const younger = k.groups[1];
    const submit = (category: Category, minutesLater: number) => {
      db.clock.set(new Date(Date.parse('2026-03-02T09:00:00Z') + minutesLater * 60_000));
      return apply([k.id], category);
    };
    const noneEarly = await submit('NONE', 0);
    const preferential = await submit('PREFERENTIAL', 10);
    const noneLate = await submit('NONE', 20);
    const priority = await submit('PRIORITY', 30);
    const extraordinary = await submit('EXTRAORDINARY', 40);
    const priorityLate = await submit('PRIORITY', 50);

    const expected = [extraordinary, priority, priorityLate, preferential, noneEarly, noneLate].map((f) => f.application);
    const positions = await db.services.kindergartenApplications.positionsByApplicationIds(expected.map((a) => a.id));
    expect(positions.map((list) => list.map((p) => [p.groupId, p.position, p.total]))).toEqual(expected.map((_, i) => [[younger.id, i + 1, 6]]));
    const page = await db.services.kindergartenApplications.groupQueue(younger.id, pageWindow({ first: 10 }, GROUP_QUEUE_ORDER));
    expect(page.nodes.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    expect(page.totalCount).toBe(6);

    // Only the first in queue order may be offered a place.
    db.clock.set('2026-03-03T09:00:00Z');
    const skip = await db.services.kindergartenApplications.offer(employee, { applicationId: priority.application.id, kindergartenId: k.id });
    expect(codes(skip)).toEqual(['NOT_FIRST_IN_QUEUE']);

    const offered = await db.services.kindergartenApplications.offer(employee, { applicationId: extraordinary.application.id, kindergartenId: k.id });
    expect(offered.ok && offered.value.status).toBe('OFFERED');
    expect(offered.ok && offered.value.offerExpiresAt?.toISOString()).toBe(new Date(Date.parse('2026-03-03T09:00:00Z') + 10 * DAY).toISOString());
    expect(await group(younger.id)).toMatchObject({ enrolled: 18, reserved: 1 });
    expect(await positionIn(extraordinary.application.id, younger.id)).toBeNull();
    expect(await positionIn(noneLate.application.id, younger.id)).toMatchObject({ position: 5, total: 5 });

    const accepted = await db.services.kindergartenApplications.accept(extraordinary.parent.id, extraordinary.application.id);
    expect(accepted.ok && accepted.value.status).toBe('ENROLLED');
    expect(await group(younger.id)).toMatchObject({ enrolled: 19, reserved: 0 });
    expect(await positionIn(priority.application.id, younger.id)).toMatchObject({ position: 1, total: 5 });

    // Someone ahead leaves: positions behind move up again.
    const cancelled = await db.services.kindergartenApplications.cancel(preferential.parent.id, preferential.application.id);
    expect(cancelled.ok && cancelled.value.status).toBe('CANCELLED');
    expect(await positionIn(noneEarly.application.id, younger.id)).toMatchObject({ position: 3, total: 4 });

    // The last free place: offered to the next, then nobody else can be offered one.
    const second = await db.services.kindergartenApplications.offer(employee, { applicationId: priority.application.id, kindergartenId: k.id });
    expect(second.ok).toBe(true);
    const none = await db.services.kindergartenApplications.offer(employee, { applicationId: priorityLate.application.id, kindergartenId: k.id });
    expect(codes(none)).toEqual(['NO_FREE_PLACES']);

    // Declining gives the place back (DECLINED, final).
    const declined = await db.services.kindergartenApplications.decline(priority.parent.id, priority.application.id);
    expect(declined.ok && declined.value).toMatchObject({ status: 'DECLINED', closedReason: 'PARENT' });
    expect(await group(younger.id)).toMatchObject({ enrolled: 19, reserved: 0 });
    expect((await db.services.kindergartenApplications.offer(employee, { applicationId: priorityLate.application.id, kindergartenId: k.id })).ok).toBe(true);

    // Every status change has its event, in order.
    const events = await eventsOf(db, 'KindergartenApplication', extraordinary.application.id);
    expect(events.map((e) => [e.type, (e.payload as { from: string | null }).from, (e.payload as { to: string }).to])).toEqual([
      ['kindergarten_application.status_changed', null, 'QUEUED'],
      ['kindergarten_application.status_changed', 'QUEUED', 'OFFERED'],
      ['kindergarten_application.status_changed', 'OFFERED', 'ENROLLED'],
    ]);
    // Live for the parent and MINPROS: the contract's live field travels in the audience, not the payload.
    expect(events[1].audience).toEqual({ userIds: [extraordinary.parent.id], departmentIds: ['MINPROS'], liveFields: ['kindergartenApplicationStatusChanged'] });
    expect(events[1].payload).toEqual({
      applicationId: extraordinary.application.id,
      parentId: extraordinary.parent.id,
      childId: extraordinary.application.childId,
      from: 'QUEUED',
      to: 'OFFERED',
      at: '2026-03-03T09:00:00.000Z',
      kindergartenId: k.id,
      kindergartenNumber: 101,
      kindergartenName: 'Детский сад № 101',
      offerExpiresAt: '2026-03-13T09:00:00.000Z',
      reason: null,
    });
    expect(events[1].occurredAt).toEqual(new Date('2026-03-03T09:00:00Z'));
  });

  it('refuses a status event that does not fit the contract: the offer rolls back, no place is taken', async () => {
    const k = await insertKindergarten(db, { number: 701 });
    db.clock.set('2026-03-02T09:00:00Z');
    const filed = await apply([k.id]);
    // A closing reason this subgraph never writes (bad data from an import) cannot go out as the event's reason.
    await db.prisma.kindergartenApplication.update({ where: { id: filed.application.id }, data: { closedReason: 'TRANSFERRED' } });
    const before = [await group(k.groups[1].id), await eventsOf(db, 'KindergartenApplication', filed.application.id)];
    await expect(db.services.kindergartenApplications.offer(employee, { applicationId: filed.application.id, kindergartenId: k.id })).rejects.toThrow(EventPayloadError);
    expect([await group(k.groups[1].id), await eventsOf(db, 'KindergartenApplication', filed.application.id)]).toEqual(before);
    expect((await db.prisma.kindergartenApplication.findUniqueOrThrow({ where: { id: filed.application.id } })).status).toBe('QUEUED');
    expect(kindergartenApplicationStatusChanged.liveFields).toEqual(['kindergartenApplicationStatusChanged']);
  });

  it('a queue per preferred kindergarten; an offer in one takes the application out of all', async () => {
    const a = await insertKindergarten(db, { number: 201 });
    const b = await insertKindergarten(db, { number: 202 });
    db.clock.set('2026-03-02T09:00:00Z');
    const first = await apply([a.id, b.id]);
    db.clock.set('2026-03-02T10:00:00Z');
    const onlyB = await apply([b.id]);
    const [positions] = await db.services.kindergartenApplications.positionsByApplicationIds([first.application.id]);
    expect(positions.map((p) => [p.rank, p.kindergartenId, p.position])).toEqual([
      [1, a.id, 1],
      [2, b.id, 1],
    ]);
    expect(await positionIn(onlyB.application.id, b.groups[1].id)).toMatchObject({ position: 2, total: 2 });
    expect((await db.services.kindergartenApplications.offer(employee, { applicationId: first.application.id, kindergartenId: a.id })).ok).toBe(true);
    expect(await positionIn(onlyB.application.id, b.groups[1].id)).toMatchObject({ position: 1, total: 1 });
    const twice = await db.services.kindergartenApplications.offer(employee, { applicationId: first.application.id, kindergartenId: b.id });
    expect(codes(twice)).toEqual(['NOT_QUEUED']);
    const notChosen = await db.services.kindergartenApplications.offer(employee, { applicationId: onlyB.application.id, kindergartenId: a.id });
    expect(codes(notChosen)).toEqual(['NOT_IN_PREFERENCES']);
  });

  it('two employees offering the last place at the same time: exactly one succeeds', async () => {
    const k = await insertKindergarten(db, { number: 301, places: 1 });
    db.clock.set('2026-03-02T09:00:00Z');
    const first = await apply([k.id]);
    db.clock.advance(60_000);
    await apply([k.id]);
    const outcomes = await Promise.all([
      db.services.kindergartenApplications.offer(employee, { applicationId: first.application.id, kindergartenId: k.id }),
      db.services.kindergartenApplications.offer(randomUUID(), { applicationId: first.application.id, kindergartenId: k.id }),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await group(k.groups[1].id)).toMatchObject({ enrolled: 19, reserved: 1 });
    expect(await db.count('outbox_event', `subject_id = $1 AND payload->>'to' = 'OFFERED'`, [first.application.id])).toBe(1);
  });

  it('an offer not answered in time expires: DECLINED, the place is freed, late answers refused', async () => {
    const k = await insertKindergarten(db, { number: 401, places: 1 });
    db.clock.set('2026-03-02T09:00:00Z');
    const filed = await apply([k.id]);
    await db.services.kindergartenApplications.offer(employee, { applicationId: filed.application.id, kindergartenId: k.id });
    db.clock.advance(10 * DAY - 1);
    expect(await db.services.kindergartenApplications.expireOffers()).toBe(0);
    db.clock.advance(1);
    expect(codes(await db.services.kindergartenApplications.accept(filed.parent.id, filed.application.id))).toEqual(['OFFER_EXPIRED']);
    expect(await db.services.kindergartenApplications.expireOffers()).toBe(1);
    const [expired] = await db.services.kindergartenApplications.byIds([filed.application.id]);
    expect(expired).toMatchObject({ status: 'DECLINED', closedReason: 'OFFER_EXPIRED' });
    expect(await group(k.groups[1].id)).toMatchObject({ enrolled: 19, reserved: 0 });
  });

  it('one active application per child; another parent cannot act on it', async () => {
    const k = await insertKindergarten(db, { number: 501 });
    db.clock.set('2026-03-02T09:00:00Z');
    const parent = new TestParent(db);
    const childId = parent.child(BORN);
    const input = { childId, kindergartenIds: [k.id], desiredStartDate: new Date(`${START}T00:00:00Z`), benefitCategory: 'NONE' as const };
    // Two submissions racing: the partial unique index lets exactly one in.
    const raced = await Promise.all([
      db.services.kindergartenApplications.apply(parent.id, parent.token, input),
      db.services.kindergartenApplications.apply(parent.id, parent.token, input),
    ]);
    expect(raced.filter((o) => o.ok)).toHaveLength(1);
    expect(raced.flatMap(codes)).toEqual(['ACTIVE_APPLICATION_EXISTS']);
    const again = await db.services.kindergartenApplications.apply(parent.id, parent.token, input);
    expect(codes(again)).toEqual(['ACTIVE_APPLICATION_EXISTS']);

    const application = raced.find((o) => o.ok) as { ok: true; value: KindergartenApplicationRow };
    const stranger = new TestParent(db);
    expect(codes(await db.services.kindergartenApplications.cancel(stranger.id, application.value.id))).toEqual(['APPLICATION_NOT_FOUND']);
    // A child that is not the caller's (identity refuses it) is "not found".
    const foreign = await db.services.kindergartenApplications.apply(stranger.id, stranger.token, input);
    expect(codes(foreign)).toEqual(['CHILD_NOT_FOUND']);

    // Once cancelled, a new application may be filed.
    expect((await db.services.kindergartenApplications.cancel(parent.id, application.value.id)).ok).toBe(true);
    expect((await db.services.kindergartenApplications.apply(parent.id, parent.token, input)).ok).toBe(true);
  });

  it('bad input: every problem at once, nothing stored', async () => {
    const k = await insertKindergarten(db, { number: 601 });
    db.clock.set('2026-03-02T09:00:00Z');
    const parent = new TestParent(db);
    const before = [await db.count('kindergarten_application'), await db.count('kindergarten_preference'), await db.count('outbox_event')];
    const outcome = await db.services.kindergartenApplications.apply(parent.id, parent.token, {
      childId: parent.child(BORN),
      kindergartenIds: [k.id, k.id, randomUUID(), 'nope'],
      desiredStartDate: new Date('2026-01-01T00:00:00Z'),
      benefitCategory: 'PRIORITY',
      benefitDocumentRef: ' ',
    });
    expect(outcome.ok ? [] : outcome.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'kindergartenIds:TOO_MANY_KINDERGARTENS',
      'kindergartenIds.1:DUPLICATE_KINDERGARTEN',
      'benefitDocumentRef:BENEFIT_DOCUMENT_REQUIRED',
      'desiredStartDate:DESIRED_DATE_IN_PAST',
      'kindergartenIds.2:KINDERGARTEN_NOT_FOUND',
      'kindergartenIds.3:KINDERGARTEN_NOT_FOUND',
    ]);
    const tooYoung = await db.services.kindergartenApplications.apply(parent.id, parent.token, {
      childId: parent.child('2026-01-10'),
      kindergartenIds: [k.id],
      desiredStartDate: new Date('2026-09-01T00:00:00Z'),
      benefitCategory: 'NONE',
    });
    expect(tooYoung.ok ? [] : tooYoung.problems.map((p) => p.code)).toEqual(['NO_AGE_GROUP']);
    expect([await db.count('kindergarten_application'), await db.count('kindergarten_preference'), await db.count('outbox_event')]).toEqual(before);
  });
});
