import { DocumentsClient, fineAppealDecided, fineAppealFiled, type Outbox } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { AppealsService } from '../src/appeals/appeals.service';
import { addDays, day } from '../src/shared/calendar';
import { citizen, errorCodes, execute } from './support/graph';
import { CITIZEN, CITIZEN2, createTestDatabase, insertFine, type TestDatabase } from './support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await db.prisma.appeal.deleteMany();
  await db.prisma.fine.deleteMany();
  await db.prisma.outboxEvent.deleteMany();
});

const FINE = `query($id: ID!) { fine(id: $id) { id uin status amountDue payable discountApplies discountDeadline discountLastDay paymentDeadline offence } }`;

async function readFine(id: string, at: string, viewer = citizen(CITIZEN)) {
  db.clock.set(at);
  const result = await execute(db.services, FINE, { viewer, variables: { id } });
  expect(result.errors).toBeUndefined();
  return result.data!.fine;
}

describe('the discount and the deadlines, read through GraphQL with a set clock', () => {
  it('50 % on day 20 after the decision (Moscow time), the full amount on day 21', async () => {
    const fine = await insertFine(db, { decisionDate: day('2026-03-02'), amountKopecks: 50_000 });
    const day20 = await readFine(fine.id, '2026-03-22T12:00:00Z');
    expect(day20).toMatchObject({ status: 'UNPAID', amountDue: 25_000, payable: true, discountApplies: true, discountLastDay: '2026-03-22' });
    // The last moment of day 20 in Moscow; in-process the DateTime scalar gives a Date.
    expect(new Date(day20.discountDeadline).toISOString()).toBe('2026-03-22T20:59:59.999Z');
    // 23:30 MSK on day 20: still day 20 in Moscow.
    expect((await readFine(fine.id, '2026-03-22T20:30:00Z')).amountDue).toBe(25_000);
    // 00:30 MSK on day 21 is 21:30 UTC of day 20: the Moscow calendar decides.
    const day21 = await readFine(fine.id, '2026-03-22T21:30:00Z');
    expect(day21).toMatchObject({ amountDue: 50_000, discountApplies: false, payable: true });
  });

  it('an excluded article (12.9 part 6, 12.26) is due in full already on day 1', async () => {
    const speeding6 = await insertFine(db, { article: '12.9', part: '6', amountKopecks: 200_000 });
    const refusal = await insertFine(db, { article: '12.26', part: '1', amountKopecks: 4_500_000 });
    const first = await readFine(speeding6.id, '2026-03-03T09:00:00Z');
    expect(first).toMatchObject({ amountDue: 200_000, discountApplies: false, discountDeadline: null, discountLastDay: null });
    expect((await readFine(refusal.id, '2026-03-03T09:00:00Z')).amountDue).toBe(4_500_000);
  });

  it('is OVERDUE after 60 days from entry into force, and still payable in full', async () => {
    const fine = await insertFine(db, { decisionDate: day('2026-03-02') }); // in force 12 March → last day 11 May
    expect(await readFine(fine.id, '2026-05-11T20:00:00Z')).toMatchObject({ status: 'UNPAID', paymentDeadline: '2026-05-11', amountDue: 50_000 });
    expect(await readFine(fine.id, '2026-05-11T21:00:00Z')).toMatchObject({ status: 'OVERDUE', payable: true, amountDue: 50_000 });
    db.clock.set('2026-05-20T09:00:00Z');
    const listed = await execute(db.services, `query($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { overdue: fines(status: [OVERDUE]) { totalCount } unpaid: fines(status: [UNPAID]) { totalCount } } } }`, {
      viewer: citizen(CITIZEN),
      variables: { id: CITIZEN },
    });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!._entities[0]).toEqual({ overdue: { totalCount: 1 }, unpaid: { totalCount: 0 } });
  });
});

describe('finding fines: only the viewer’s own', () => {
  const SEARCH = `query($input: SearchFinesInput!) { searchFines(input: $input) { totalCount edges { node { id vehiclePlate } } } }`;

  it('by licence, plate (Latin look-alikes too) or СТС returns only fines whose owner is the viewer', async () => {
    const mine = await insertFine(db, { ownerId: CITIZEN });
    // Someone else's fine on the same documents (a shared car): never shown to CITIZEN.
    const theirs = await insertFine(db, { ownerId: CITIZEN2 });
    db.clock.set('2026-03-05T09:00:00Z');
    for (const input of [{ driverLicence: '99 21 345678' }, { plate: 'a123bc77' }, { registrationCertificate: '77 45 123456' }]) {
      const result = await execute(db.services, SEARCH, { viewer: citizen(CITIZEN), variables: { input } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.searchFines.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([mine.id]);
    }
    const other = await execute(db.services, SEARCH, { viewer: citizen(CITIZEN2), variables: { input: { plate: 'А123ВС77' } } });
    expect(other.data!.searchFines.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([theirs.id]);
    const stranger = await execute(db.services, SEARCH, { viewer: citizen('00000000-0000-4000-8000-000000000009'), variables: { input: { plate: 'А123ВС77' } } });
    expect(stranger.data!.searchFines.totalCount).toBe(0);
  });

  it('wants exactly one criterion', async () => {
    const result = await execute(db.services, SEARCH, { viewer: citizen(CITIZEN), variables: { input: { plate: 'А123ВС77', driverLicence: '9921345678' } } });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('another citizen sees nothing: not by id, not through _entities, not in User.fines', async () => {
    const fine = await insertFine(db, { ownerId: CITIZEN });
    const byId = await execute(db.services, FINE, { viewer: citizen(CITIZEN2), variables: { id: fine.id } });
    expect(byId.data?.fine ?? null).toBeNull();
    expect(errorCodes(byId)).toContain('FORBIDDEN');

    const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Fine { id uin amountDue payable } } }`;
    const reps = [{ __typename: 'Fine', id: fine.id }];
    const foreign = await execute(db.services, ENTITIES, { viewer: citizen(CITIZEN2), variables: { reps } });
    expect(foreign.data?._entities?.[0] ?? null).toBeNull();
    expect(errorCodes(foreign)).toContain('FORBIDDEN');
    expect(JSON.stringify(foreign.data ?? {})).not.toContain(fine.uin);

    const own = await execute(db.services, ENTITIES, { viewer: citizen(CITIZEN), variables: { reps } });
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0]).toEqual({ id: fine.id, uin: fine.uin, amountDue: 25_000, payable: true });

    const list = await execute(db.services, `query($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { fines { totalCount } } } }`, {
      viewer: citizen(CITIZEN2),
      variables: { id: CITIZEN },
    });
    expect(errorCodes(list)).toContain('FORBIDDEN');
  });
});

describe('the appeal of a fine', () => {
  const APPEAL = `mutation($input: AppealFineInput!) { appealFine(input: $input) { appeal { id status } fine { status payable amountDue } userErrors { field code message } } }`;
  const REVIEW = `mutation($input: ReviewAppealInput!) { reviewAppeal(input: $input) { appeal { id status comment decidedAt } userErrors { code } } }`;
  const gibdd = { userId: '00000000-0000-4000-8000-0000000000e1', roles: ['EMPLOYEE' as const], departmentId: 'GIBDD', scopes: [], token: 't' };

  /** The events written about an appeal, in order. */
  const appealEvents = async (appealId: string) =>
    (await db.pool.query(`SELECT type, audience, payload, occurred_at FROM "${db.schema}"."outbox_event" WHERE subject_id = $1 ORDER BY seq`, [appealId])).rows;
  const eventCount = (type: string) => db.count('outbox_event', 'type = $1', [type]);

  /** Appeals whose outbox writes the event of `type` and then fails: the change must not commit. */
  const appealsFailingAfter = (type: string) => {
    const outbox = Object.create(db.services.outbox) as Outbox;
    outbox.append = async (tx, contract, event) => {
      const written = await db.services.outbox.append(tx, contract, event);
      if (contract.name === type) throw new Error('the transaction fails after the event');
      return written;
    };
    return new AppealsService(db.prisma, outbox, new DocumentsClient({ url: db.documents.url }), db.clock.now);
  };

  it('upheld: the fine is cancelled', async () => {
    const fine = await insertFine(db);
    db.clock.set('2026-03-10T09:00:00Z');
    const appealed = await execute(db.services, APPEAL, { viewer: citizen(CITIZEN), variables: { input: { fineId: fine.id, text: 'Я не управлял автомобилем', attachmentRefs: ['file:osago.pdf'] } } });
    expect(appealed.errors).toBeUndefined();
    expect(appealed.data!.appealFine).toMatchObject({ appeal: { status: 'SUBMITTED' }, fine: { status: 'APPEALED', payable: false, amountDue: 0 }, userErrors: [] });
    const appealId = appealed.data!.appealFine.appeal.id;
    // Filed with the appeal: for the appellant and GIBDD; no evidence, so no documents.attached.
    expect(await appealEvents(appealId)).toEqual([
      {
        type: fineAppealFiled.name,
        audience: { userIds: [CITIZEN], departmentIds: ['GIBDD'] },
        payload: { appealId, fineId: fine.id, appellantId: CITIZEN, departmentId: 'GIBDD', at: '2026-03-10T09:00:00.000Z', sandbox: false },
        occurred_at: new Date('2026-03-10T09:00:00Z'),
      },
    ]);

    // Not GIBDD: refused.
    const mvd = await execute(db.services, REVIEW, { viewer: { ...gibdd, departmentId: 'MVD' }, variables: { input: { appealId, decision: 'UPHELD' } } });
    expect(errorCodes(mvd)).toContain('FORBIDDEN');

    const started = await execute(db.services, `mutation($id: ID!) { startAppealReview(input: { appealId: $id }) { appeal { status fineUin } userErrors { code } } }`, { viewer: gibdd, variables: { id: appealId } });
    expect(started.data!.startAppealReview.appeal).toEqual({ status: 'UNDER_REVIEW', fineUin: fine.uin });

    db.clock.set('2026-03-20T09:00:00Z');
    const upheld = await execute(db.services, REVIEW, { viewer: gibdd, variables: { input: { appealId, decision: 'UPHELD', comment: 'Доводы подтверждены' } } });
    expect(upheld.data!.reviewAppeal).toMatchObject({ appeal: { status: 'UPHELD', comment: 'Доводы подтверждены' }, userErrors: [] });
    expect(await readFine(fine.id, '2026-03-20T09:00:00Z')).toMatchObject({ status: 'CANCELLED', payable: false, amountDue: 0 });
    const decided = (await appealEvents(appealId)).filter((event) => event.type === fineAppealDecided.name);
    expect(decided).toEqual([
      {
        type: 'fine_appeal.decided',
        audience: { userIds: [CITIZEN], departmentIds: ['GIBDD'] },
        payload: {
          appealId,
          fineId: fine.id,
          appellantId: CITIZEN,
          departmentId: 'GIBDD',
          outcome: 'accepted',
          decisionText: 'Доводы подтверждены',
          at: '2026-03-20T09:00:00.000Z',
          sandbox: false,
        },
        occurred_at: new Date('2026-03-20T09:00:00Z'),
      },
    ]);

    // A decided appeal is final: the refused second decision writes nothing.
    const again = await execute(db.services, REVIEW, { viewer: gibdd, variables: { input: { appealId, decision: 'DISMISSED' } } });
    expect(again.data!.reviewAppeal.userErrors).toEqual([{ code: 'APPEAL_ALREADY_DECIDED' }]);
    expect((await appealEvents(appealId)).map((event) => event.type)).toEqual([fineAppealFiled.name, fineAppealDecided.name]);
  });

  it('dismissed: payable again, the payment deadline moved by the days the appeal took', async () => {
    const fine = await insertFine(db, { decisionDate: day('2026-03-02') }); // last day to pay 11 May
    db.clock.set('2026-03-10T09:00:00Z');
    const appealed = await execute(db.services, APPEAL, { viewer: citizen(CITIZEN), variables: { input: { fineId: fine.id, text: 'Знак не был виден' } } });
    const appealId = appealed.data!.appealFine.appeal.id;
    db.clock.set('2026-03-25T09:00:00Z'); // 15 days later
    const dismissed = await execute(db.services, REVIEW, { viewer: gibdd, variables: { input: { appealId, decision: 'DISMISSED', comment: 'Нарушение зафиксировано' } } });
    expect(dismissed.data!.reviewAppeal.appeal.status).toBe('DISMISSED');
    const [, decided] = await appealEvents(appealId);
    expect(decided.payload).toMatchObject({ outcome: 'rejected', decisionText: 'Нарушение зафиксировано', fineId: fine.id, appellantId: CITIZEN });
    const after = await readFine(fine.id, '2026-03-25T09:00:00Z');
    expect(after).toMatchObject({ status: 'UNPAID', payable: true, paymentDeadline: '2026-05-26' });
    expect(addDays(day('2026-05-11'), 15).toISOString().slice(0, 10)).toBe('2026-05-26');
    // Not OVERDUE on the old deadline's next day.
    expect((await readFine(fine.id, '2026-05-12T09:00:00Z')).status).toBe('UNPAID');
    expect((await readFine(fine.id, '2026-05-26T21:00:00Z')).status).toBe('OVERDUE');
  });

  it('takes the appellant’s own clean documents as evidence and lets GIBDD reviewers know of them; refuses others’, nothing stored', async () => {
    const fine = await insertFine(db);
    db.clock.set('2026-03-10T09:00:00Z');
    const [own, photo, foreign, quarantined, audio] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    db.documents.add(
      { id: own, ownerId: CITIZEN, status: 'CLEAN', contentType: 'application/pdf' },
      { id: photo, ownerId: CITIZEN, status: 'CLEAN', contentType: 'image/jpeg' },
      { id: foreign, ownerId: CITIZEN2, status: 'CLEAN', contentType: 'application/pdf' },
      { id: quarantined, ownerId: CITIZEN, status: 'QUARANTINED', contentType: 'application/pdf' },
      { id: audio, ownerId: CITIZEN, status: 'CLEAN', contentType: 'audio/mpeg' },
    );
    const appeal = (evidenceDocumentIds: string[]) =>
      execute(db.services, APPEAL, { viewer: citizen(CITIZEN), variables: { input: { fineId: fine.id, text: 'Фото знака прилагаю', evidenceDocumentIds } } });
    const refused = await appeal([own, foreign, quarantined, audio, own]);
    expect(refused.data!.appealFine.userErrors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['evidenceDocumentIds.4', 'DOCUMENT_DUPLICATE'],
      ['evidenceDocumentIds.1', 'DOCUMENT_NOT_FOUND'],
      ['evidenceDocumentIds.2', 'DOCUMENT_NOT_CLEAN'],
      ['evidenceDocumentIds.3', 'DOCUMENT_TYPE_NOT_ALLOWED'],
    ]);
    expect([await db.count('appeal'), await db.count('outbox_event')]).toEqual([0, 0]);
    expect((await readFine(fine.id, '2026-03-10T09:00:00Z')).status).toBe('UNPAID');

    // The documents subgraph down (nothing listens there): a coded error, nothing stored.
    const offline = new AppealsService(db.prisma, db.services.outbox, new DocumentsClient({ url: 'http://127.0.0.1:9/graphql', timeoutMs: 1_000 }), db.clock.now);
    const down = await offline.appeal(CITIZEN, { fineId: fine.id, text: 'Фото знака прилагаю', evidenceDocumentIds: [own] });
    expect(down).toEqual({ ok: false, problems: [{ field: null, code: 'DOCUMENTS_UNAVAILABLE' }] });
    expect(await db.count('appeal')).toBe(0);

    const accepted = await appeal([own, photo]);
    expect(accepted.data!.appealFine.userErrors).toEqual([]);
    const appealId = accepted.data!.appealFine.appeal.id;
    const evidence = `query($id: ID!) { appeal(id: $id) { evidence { id } } }`;
    expect((await execute(db.services, evidence, { viewer: gibdd, variables: { id: appealId } })).data!.appeal.evidence).toEqual([{ id: own }, { id: photo }]);
    const stranger = await execute(db.services, evidence, { viewer: citizen(CITIZEN2), variables: { id: appealId } });
    expect(errorCodes(stranger)).toContain('FORBIDDEN');
    // In the appeal's transaction: the event that lets GIBDD's reviewers read them (not live), then the filing.
    const { rows } = await db.pool.query(`SELECT type, subject_type, subject_id, audience, payload FROM "${db.schema}"."outbox_event" ORDER BY seq`);
    expect(rows.map((row) => [row.type, row.subject_type, row.subject_id])).toEqual([
      ['documents.attached', 'Appeal', appealId],
      ['fine_appeal.filed', 'Appeal', appealId],
    ]);
    expect(rows[0].audience).toEqual({ userIds: [], departmentIds: [] });
    expect(rows[0].payload).toEqual({ documentIds: [own, photo], ownerId: CITIZEN, attachedToType: 'Appeal', attachedToId: appealId, departmentId: 'GIBDD', requestId: 'test-request' });
  });

  it('refuses someone else’s fine, a paid one, an overdue one and a second appeal; nothing is stored', async () => {
    const foreign = await insertFine(db, { ownerId: CITIZEN2 });
    const paid = await insertFine(db, { state: 'PAID', paidAt: new Date('2026-03-05T09:00:00Z'), paidAmountKopecks: 25_000 });
    const overdue = await insertFine(db, { decisionDate: day('2026-01-02') });
    const open = await insertFine(db);
    db.clock.set('2026-03-20T09:00:00Z');
    const run = (fineId: string, text = 'Не согласен') => execute(db.services, APPEAL, { viewer: citizen(CITIZEN), variables: { input: { fineId, text } } });
    expect((await run(foreign.id)).data!.appealFine.userErrors.map((e: { code: string }) => e.code)).toEqual(['FINE_NOT_FOUND']);
    expect((await run(paid.id)).data!.appealFine.userErrors.map((e: { code: string }) => e.code)).toEqual(['FINE_NOT_APPEALABLE']);
    expect((await run(overdue.id)).data!.appealFine.userErrors.map((e: { code: string }) => e.code)).toEqual(['FINE_NOT_APPEALABLE']);
    expect((await run(open.id, '   ')).data!.appealFine.userErrors.map((e: { code: string }) => e.code)).toEqual(['REQUIRED']);
    expect(await db.count('appeal')).toBe(0);
    expect((await run(open.id)).data!.appealFine.userErrors).toEqual([]);
    expect((await run(open.id)).data!.appealFine.userErrors.map((e: { code: string }) => e.code)).toEqual(['APPEAL_PENDING']);
    expect(await db.count('appeal')).toBe(1);
    // One appeal filed, one event: none for the refused ones.
    expect(await eventCount(fineAppealFiled.name)).toBe(1);
    const ru = await execute(db.services, APPEAL, { viewer: citizen(CITIZEN), locale: 'ru', variables: { input: { fineId: paid.id, text: 'x' } } });
    expect(ru.data!.appealFine.userErrors[0].message).toMatch(/Обжаловать можно только/);
  });

  it('writes fine_appeal.filed exactly when the appeal commits: a failed transaction leaves no appeal and no event', async () => {
    const fine = await insertFine(db);
    db.clock.set('2026-03-10T09:00:00Z');
    const own = randomUUID();
    db.documents.add({ id: own, ownerId: CITIZEN, status: 'CLEAN', contentType: 'application/pdf' });
    const input = { fineId: fine.id, text: 'Фото знака прилагаю', evidenceDocumentIds: [own] };
    const call = { token: citizen(CITIZEN).token, requestId: 'req-appeal' };

    await expect(appealsFailingAfter(fineAppealFiled.name).appeal(CITIZEN, input, call)).rejects.toThrow('the transaction fails after the event');
    expect([await db.count('appeal'), await db.count('outbox_event')]).toEqual([0, 0]);
    expect((await readFine(fine.id, '2026-03-10T09:00:00Z')).status).toBe('UNPAID');

    const filed = await db.services.appeals.appeal(CITIZEN, input, call);
    if (!filed.ok) throw new Error('the appeal was refused');
    expect((await appealEvents(filed.value.id)).map((event) => event.type)).toEqual(['documents.attached', fineAppealFiled.name]);
  });

  it('writes fine_appeal.decided exactly when the decision commits: a failed transaction leaves the appeal open, no event', async () => {
    const fine = await insertFine(db);
    db.clock.set('2026-03-10T09:00:00Z');
    const filed = await db.services.appeals.appeal(CITIZEN, { fineId: fine.id, text: 'Не согласен' });
    if (!filed.ok) throw new Error('the appeal was refused');
    const decision = { appealId: filed.value.id, decision: 'UPHELD' as const, comment: 'Доводы подтверждены' };

    await expect(appealsFailingAfter(fineAppealDecided.name).review(gibdd.userId, decision)).rejects.toThrow('the transaction fails after the event');
    expect((await db.services.appeals.byIds([filed.value.id]))[0]).toMatchObject({ status: 'SUBMITTED', decidedAt: null, comment: null });
    expect((await readFine(fine.id, '2026-03-10T09:00:00Z')).status).toBe('APPEALED');
    expect(await eventCount(fineAppealDecided.name)).toBe(0);

    const decided = await db.services.appeals.review(gibdd.userId, decision);
    expect(decided.ok).toBe(true);
    expect(await eventCount(fineAppealDecided.name)).toBe(1);
  });
});
