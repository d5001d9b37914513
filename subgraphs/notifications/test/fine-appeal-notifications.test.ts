import { fineAppealDecided, fineAppealFiled, type FeedEvent, type PayloadOf } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { MAX_COMMENT_LENGTH } from '../src/events/handlers/payload-values';
import { deliver } from './support/deliver';
import { CITIZEN, CITIZEN2, eventOf } from './support/events';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/* taxes-fines' fine appeals: the appellant is told the appeal was received, and the decision. */

let db: TestDatabase;
const GIBDD = 'GIBDD';

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

function filed(appellantId = CITIZEN): FeedEvent {
  const appealId = randomUUID();
  const payload: PayloadOf<typeof fineAppealFiled> = { appealId, fineId: randomUUID(), appellantId, departmentId: GIBDD, at: '2026-12-03T10:00:00.000Z', sandbox: false };
  return eventOf(fineAppealFiled, payload, { subject: { type: 'Appeal', id: appealId }, audience: { userIds: [appellantId], departmentIds: [GIBDD] } });
}

function decided(outcome: 'accepted' | 'rejected', decisionText: string | null, appellantId = CITIZEN): FeedEvent {
  const appealId = randomUUID();
  const payload: PayloadOf<typeof fineAppealDecided> = {
    appealId,
    fineId: randomUUID(),
    appellantId,
    departmentId: GIBDD,
    outcome,
    decisionText,
    at: '2026-12-10T10:00:00.000Z',
    sandbox: false,
  };
  return eventOf(fineAppealDecided, payload, { subject: { type: 'Appeal', id: appealId }, audience: { userIds: [appellantId], departmentIds: [GIBDD] } });
}

/** Delivered twice (at least once): the notifications it made. */
async function toldOnce(event: FeedEvent) {
  await deliver(db.services, event);
  expect(await deliver(db.services, event)).toMatchObject({ status: 'processed', notificationsCreated: 0 });
  return db.prisma.notification.findMany({ where: { sourceEventId: event.id } });
}

describe('fine appeal notifications', () => {
  it('acknowledges an appeal to the appellant, once, in both languages', async () => {
    const event = filed();
    const told = await toldOnce(event);
    expect(told).toEqual([
      expect.objectContaining({
        userId: CITIZEN,
        eventType: 'fine_appeal.filed',
        subjectType: 'Appeal',
        subjectId: event.subject.id,
        titleRu: 'Жалоба на штраф принята к рассмотрению',
        titleEn: 'Your fine appeal has been received',
      }),
    ]);
    expect(told[0].bodyRu).toContain('3 декабря 2026');
    expect(told[0].bodyEn).toContain('need not be paid until the decision');
  });

  it('tells an upheld appeal: the fine is cancelled', async () => {
    const [told] = await toldOnce(decided('accepted', null));
    expect(told).toMatchObject({ userId: CITIZEN, titleRu: 'Жалоба на штраф удовлетворена', titleEn: 'Your fine appeal was upheld' });
    expect(told.bodyRu).toBe('Штраф отменён, оплачивать его не нужно.');
    expect(told.bodyEn).toBe('The fine is cancelled; there is nothing to pay.');
  });

  it('tells a rejected appeal with the reviewer’s words, shortened when long', async () => {
    const [told] = await toldOnce(decided('rejected', 'Нарушение подтверждено видеозаписью.'));
    expect(told).toMatchObject({ titleRu: 'Жалоба на штраф отклонена', titleEn: 'Your fine appeal was rejected' });
    expect(told.bodyRu).toContain('Штраф нужно оплатить');
    expect(told.bodyRu).toContain('Решение: Нарушение подтверждено видеозаписью.');
    expect(told.bodyEn).toContain('Decision: Нарушение подтверждено видеозаписью.');
    const [long] = await toldOnce(decided('rejected', 'x'.repeat(2_000)));
    expect(long.bodyRu.length).toBeLessThan(MAX_COMMENT_LENGTH + 200);
  });

  it('tells the appellant named in the event and nobody else', async () => {
    expect((await toldOnce(decided('accepted', null, CITIZEN2))).map((row) => row.userId)).toEqual([CITIZEN2]);
    expect((await toldOnce(filed(CITIZEN2))).map((row) => row.userId)).toEqual([CITIZEN2]);
  });

  it('are webhook types, like other case events', () => {
    expect(db.services.webhooks.eventTypes()).toEqual(expect.arrayContaining(['fine_appeal.filed', 'fine_appeal.decided']));
  });
});
