import pino from 'pino';
import { SqlSchema } from '../../src/db/sql-schema';
import { EventPayloadError } from '../../src/events/event-contract';
import { Outbox } from '../../src/events/outbox';
import { listenForOutboxNotices } from '../../src/events/outbox-notices';
import type { OutboxNotice } from '../../src/events/outbox-notice';
import { createOutboxTestSchema, type OutboxTestSchema } from '../../src/testing/outbox-test-schema';

const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
import { parcel, parcelDelivered } from './support/test-events';

const logger = pino({ level: 'silent' });

describe('Outbox (PostgreSQL)', () => {
  let db: OutboxTestSchema;
  let outbox: Outbox;
  let sql: OutboxTestSchema['db'];

  beforeEach(async () => {
    db = await createOutboxTestSchema(TEST_DATABASE_URL);
    sql = db.db;
    outbox = new Outbox(sql, 'post', new SqlSchema(db.schema));
  });
  afterEach(() => db.drop());

  it('appends in the transaction, in seq order, with the contract name, audience and live fields', async () => {
    await sql.transaction((tx) => outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: 'p-1' }, audience: { userIds: ['u-1'] }, payload: parcel(1) }));
    await sql.transaction((tx) => outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: 'p-2' }, payload: parcel(2), at: new Date('2026-12-03T10:00:02.000Z') }));
    const events = await outbox.readAfter(0n, 10);
    expect(events.map((e) => [e.seq, e.type, e.subject.id])).toEqual([
      ['1', 'parcel.delivered', 'p-1'],
      ['2', 'parcel.delivered', 'p-2'],
    ]);
    expect(events[0].audience).toEqual({ userIds: ['u-1'], departmentIds: [], liveFields: ['parcelDelivered'] });
    expect(events[1].occurredAt).toBe('2026-12-03T10:00:02.000Z');
    expect(events[1].payload).toEqual(parcel(2));
    expect(await outbox.head()).toBe(2n);
    expect(await outbox.readAfter(1n, 10)).toHaveLength(1);
  });

  it('refuses a payload that does not fit the contract, and the change rolls back with it', async () => {
    await db.client.query(`CREATE TABLE "${db.schema}"."parcel" (id text PRIMARY KEY)`);
    const bad = { ...parcel(1), weightGrams: 0 };
    await expect(
      sql.transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO "${db.schema}"."parcel" (id) VALUES ('p-1')`);
        await outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: 'p-1' }, payload: bad as never });
      }),
    ).rejects.toThrow(EventPayloadError);
    expect((await db.client.query(`SELECT count(*)::int AS n FROM "${db.schema}"."parcel"`)).rows[0].n).toBe(0);
    expect(await outbox.head()).toBe(0n);
  });

  it('reads in seq order beyond nine events (seq as a number, not as text)', async () => {
    for (let n = 1; n <= 12; n++) await sql.transaction((tx) => outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: `p-${n}` }, payload: parcel(n) }));
    expect((await outbox.readAfter(0n, 100)).map((event) => event.seq)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect((await outbox.readAfter(9n, 2)).map((event) => event.seq)).toEqual(['10', '11']);
  });

  it('refuses an event of another producer', async () => {
    const other = new Outbox(sql, 'not-post', new SqlSchema(db.schema));
    await expect(sql.transaction((tx) => other.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: 'p' }, payload: parcel(1) }))).rejects.toThrow(/produced by post/);
  });

  it('finds events of one contract by id, null for unknown ids and non-UUIDs', async () => {
    const appended = await sql.transaction((tx) => outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: 'p-1' }, payload: parcel(1) }));
    const found = await outbox.byIds(parcelDelivered, [appended.id, '00000000-0000-4000-8000-000000000000', 'nope']);
    expect(found.map((event) => event?.payload.parcelId ?? null)).toEqual(['p-1', null, null]);
  });

  it('announces a commit on LISTEN with the event, and nothing for a rollback', async () => {
    const notices = listenForOutboxNotices(TEST_DATABASE_URL, logger);
    const heard: OutboxNotice[] = [];
    notices.on('post', (notice) => heard.push(notice));
    await new Promise<void>((resolve) => notices.onReconnect(resolve));
    try {
      await sql.transaction((tx) => outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: 'p-1' }, payload: parcel(1) })).catch(() => undefined);
      await sql
        .transaction(async (tx) => {
          await outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: 'p-2' }, payload: parcel(2) });
          throw new Error('the change failed');
        })
        .catch(() => undefined);
      await sql.transaction((tx) => outbox.append(tx, parcelDelivered, { subject: { type: 'Parcel', id: 'p-3' }, payload: parcel(3) }));
      for (let i = 0; i < 50 && heard.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard.map((notice) => notice.event?.subject.id)).toEqual(['p-1', 'p-3']);
      expect(heard[0]).toMatchObject({ source: 'post', seq: '1', event: { type: 'parcel.delivered', payload: parcel(1) } });
    } finally {
      await notices.close();
    }
  });
});
