import { paymentCaptured, securityEvent, statusChanged } from './support/events';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { deliver } from './support/deliver';

let db: TestDatabase;

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db?.close();
});

/** n entries appended through the handler, as the consumers do. */
async function journal(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const event = [securityEvent('login_succeeded'), statusChanged(), paymentCaptured()][i % 3];
    expect((await deliver(db.services, event))?.status).toBe('appended');
  }
}
const sql = (text: string, params: unknown[] = []) => db.pool.query(text.replaceAll('$schema', `"${db.schema}"`), params);
const verify = (range?: { fromSeq?: bigint; toSeq?: bigint }) => db.services.verifier.verify(range);

describe('verifyAuditChain', () => {
  it('an empty journal and an intact one are ok', async () => {
    expect(await verify()).toMatchObject({ ok: true, checkedEntries: 0, firstBrokenSeq: null, reason: null, headSeq: 0n });
    await journal(7);
    const head = await db.prisma.chainHead.findUniqueOrThrow({ where: { id: 1 } });
    expect(await verify()).toEqual({ ok: true, checkedEntries: 7, firstBrokenSeq: null, firstBrokenEntry: null, reason: null, headSeq: 7n, headHash: head.hash });
    expect(await verify({ fromSeq: 3n, toSeq: 5n })).toMatchObject({ ok: true, checkedEntries: 3 });
  });

  it('finds exactly the entry whose details were edited in the database', async () => {
    await journal(6);
    await sql(`UPDATE $schema."audit_entry" SET details = jsonb_set(details, '{amountKopecks}', '1') WHERE seq = 3`);
    const result = await verify();
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 3n, reason: 'HASH_MISMATCH', checkedEntries: 2 });
    expect(result.firstBrokenEntry?.seq).toBe(3n);
    // A range that ends before it is still intact; one that covers it is not.
    expect((await verify({ toSeq: 2n })).ok).toBe(true);
    expect(await verify({ fromSeq: 3n })).toMatchObject({ ok: false, firstBrokenSeq: 3n });
  });

  it('finds an edited actor, time or hash, each at its entry', async () => {
    await journal(5);
    await sql(`UPDATE $schema."audit_entry" SET actor_id = NULL WHERE seq = 4`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 4n, reason: 'HASH_MISMATCH' });
    await sql(`UPDATE $schema."audit_entry" SET occurred_at = occurred_at - interval '1 day' WHERE seq = 2`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 2n, reason: 'HASH_MISMATCH' });
    // Re-hashing an edited entry does not help: the next one no longer links to it.
    await sql(`UPDATE $schema."audit_entry" SET hash = repeat('a', 64) WHERE seq = 1`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 1n, reason: 'HASH_MISMATCH' });
  });

  it('reports a deleted entry by its seq', async () => {
    await journal(6);
    await sql(`DELETE FROM $schema."audit_entry" WHERE seq = 4`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 4n, firstBrokenEntry: null, reason: 'ENTRY_MISSING', checkedEntries: 3 });
  });

  it('reports entries renumbered to hide a deletion: the next one does not link', async () => {
    await journal(5);
    await sql(`DELETE FROM $schema."audit_entry" WHERE seq = 2`);
    await sql(`UPDATE $schema."audit_entry" SET seq = seq - 1 WHERE seq > 2`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 2n, reason: 'PREV_HASH_MISMATCH' });
  });

  it('reports swapped entries', async () => {
    await journal(4);
    await sql(`UPDATE $schema."audit_entry" SET seq = -2 WHERE seq = 2`);
    await sql(`UPDATE $schema."audit_entry" SET seq = 2 WHERE seq = 3`);
    await sql(`UPDATE $schema."audit_entry" SET seq = 3 WHERE seq = -2`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 2n, reason: 'PREV_HASH_MISMATCH' });
  });

  it('reports a deleted tail against the chain head, and rows injected past it', async () => {
    await journal(5);
    await sql(`DELETE FROM $schema."audit_entry" WHERE seq >= 4`);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 4n, reason: 'HEAD_MISMATCH', checkedEntries: 3 });

    const other = await createTestDatabase();
    try {
      for (let i = 0; i < 3; i += 1) await deliver(other.services, securityEvent('login_succeeded'));
      await other.pool.query(`INSERT INTO "${other.schema}"."audit_entry" SELECT 4, gen_random_uuid(), gen_random_uuid(), source, action, actor_id, actor_type, subject_type, subject_id, request_id, occurred_at, recorded_at, details, hash, repeat('b', 64) FROM "${other.schema}"."audit_entry" WHERE seq = 3`);
      expect(await other.services.verifier.verify()).toMatchObject({ ok: false, firstBrokenSeq: 4n, reason: 'HEAD_MISMATCH' });
    } finally {
      await other.close();
    }
  });

  it('appending goes on after a verification, and the chain stays verifiable', async () => {
    await journal(2);
    expect((await verify()).ok).toBe(true);
    await journal(2);
    expect(await verify()).toMatchObject({ ok: true, checkedEntries: 4, headSeq: 4n });
  });

  it('is not fooled by entries appended while it verifies (a live journal)', async () => {
    await journal(3);
    let appending = true;
    const appender = (async () => {
      while (appending) await journal(1);
    })();
    const verdicts = [];
    for (let i = 0; i < 15; i += 1) verdicts.push(await verify());
    appending = false;
    await appender;
    expect(verdicts.filter((verdict) => !verdict.ok)).toEqual([]);
    expect((await verify()).ok).toBe(true);
  });
});
