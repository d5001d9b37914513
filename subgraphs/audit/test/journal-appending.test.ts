import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { feedConsumerName, TestTokens, type FeedEvent } from '@eco/kit';
import { entryHash, GENESIS_HASH } from '../src/journal/entry-hash';
import { startAuditSubgraph, type RunningAudit } from '../src/main';
import { deliver } from './support/deliver';
import { paymentCaptured, paymentRefunded, securityEvent, statusChanged } from './support/events';
import { auditConfigFor, startTestProducer, type TestProducer } from './support/feed-producer';
import { createTestDatabase, eventually, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let producers: Record<'identity' | 'applications' | 'payments' | 'documents', TestProducer>;
const running: RunningAudit[] = [];

beforeEach(async () => {
  process.env.LOG_LEVEL = 'silent';
  db = await createTestDatabase();
  producers = {
    identity: await startTestProducer('identity'),
    applications: await startTestProducer('applications'),
    payments: await startTestProducer('payments'),
    documents: await startTestProducer('documents'),
  };
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((audit) => audit.stop()));
  await Promise.all(Object.values(producers).map((producer) => producer.stop()));
  await db?.close();
});

/** The journal's consumers exactly as main.ts starts them (on this test's schema), against the stand-in producers. */
async function follow(feeds: Record<string, Pick<TestProducer, 'graphqlUrl'>> = producers): Promise<void> {
  const config = auditConfigFor(db.schema, feeds);
  running.push(await startAuditSubgraph(config, { keySource: new TestTokens().keySource, producers: Object.keys(feeds) }));
}
const entries = () => db.prisma.auditEntry.findMany({ orderBy: { seq: 'asc' } });
const entryCount = () => db.prisma.auditEntry.count();
const offsetOf = (producer: string) => db.services.feedOffsets.for(feedConsumerName('audit', producer)).load();

/** Every entry follows the one before: seq 1..n, prevHash = previous hash, hash recomputes. */
async function expectLinearChain(): Promise<void> {
  const rows = await entries();
  let prev = GENESIS_HASH;
  rows.forEach((row, index) => {
    expect(row.seq).toBe(BigInt(index + 1));
    expect(row.prevHash).toBe(prev);
    expect(entryHash(row.prevHash, row)).toBe(row.hash);
    prev = row.hash;
  });
  const head = await db.prisma.chainHead.findUniqueOrThrow({ where: { id: 1 } });
  expect({ seq: head.seq, hash: head.hash }).toEqual({ seq: BigInt(rows.length), hash: prev });
}

describe('appending from the producers’ feeds', () => {
  it('appends each feed’s events in feed order, each linked to the one before, with actor, subject, request id', async () => {
    const login = producers.identity.publish(securityEvent('login_succeeded', { at: '2026-11-29T09:00:00.000Z' }))[0];
    const failed = producers.identity.publish(securityEvent('login_failed', { actorId: null, at: '2026-11-29T09:00:01.000Z' }))[0];
    const [status] = producers.applications.publish(statusChanged());
    const [captured, refunded] = producers.payments.publish(paymentCaptured(), paymentRefunded());
    await follow();
    await eventually(async () => (await entryCount()) === 5);

    const rows = await entries();
    const byEvent = new Map(rows.map((row) => [row.eventId, row]));
    // Within one feed, the feed's order; the feeds interleave.
    expect(byEvent.get(login.id)!.seq).toBeLessThan(byEvent.get(failed.id)!.seq);
    expect(byEvent.get(captured.id)!.seq).toBeLessThan(byEvent.get(refunded.id)!.seq);
    expect(byEvent.get(failed.id)).toMatchObject({ action: 'security.login_failed', actorId: null, actorType: 'UNKNOWN', requestId: 'req-identity-0001', source: 'identity' });
    expect(byEvent.get(status.id)).toMatchObject({ action: 'application.status_changed', subjectType: 'Application', subjectId: status.subject.id, requestId: 'req-applications-1' });
    expect(byEvent.get(refunded.id)).toMatchObject({ action: 'payment.refunded', actorType: 'EMPLOYEE', subjectId: refunded.subject.id });
    expect(rows[0].prevHash).toBe(GENESIS_HASH);
    await expectLinearChain();
  });

  it('is idempotent by event id: a redelivered event (offsets lost, or the same event again) appends nothing', async () => {
    const [event] = producers.payments.publish(paymentCaptured());
    await follow();
    await eventually(async () => (await offsetOf('payments')) === 1n);
    expect(await entryCount()).toBe(1);

    await running.pop()!.stop();
    await db.services.feedOffsets.for(feedConsumerName('audit', 'payments')).save(0n);
    producers.payments.publish(event as FeedEvent);
    producers.payments.publish(paymentCaptured());
    await follow();
    await eventually(async () => (await offsetOf('payments')) === 3n);
    expect(await entryCount()).toBe(2);
    expect(await deliver(db.services, event)).toEqual({ status: 'duplicate' });
    expect(await entryCount()).toBe(2);
    await expectLinearChain();
  });

  it('skips events it cannot index safely without stopping the feed or breaking the chain', async () => {
    const freeText = securityEvent('login_failed');
    producers.identity.publish(
      securityEvent('login_succeeded'),
      { ...freeText, payload: { ...freeText.payload, actorId: 'Иванов Иван' } },
      { ...securityEvent('mfa_failed'), id: 'not-a-uuid' },
      securityEvent('mfa_verified'),
    );
    await follow();
    await eventually(async () => (await offsetOf('identity')) === 4n);
    expect((await entries()).map((row) => row.action)).toEqual(['security.login_succeeded', 'security.mfa_verified']);
    await expectLinearChain();
    expect((await db.services.verifier.verify()).ok).toBe(true);
  });

  it('waits for a producer whose feed does not exist yet (404) and journals it once it appears', async () => {
    // identity as it is before it serves a feed: /events answers 404.
    let asked = 0;
    const noFeed = http.createServer((_req, res) => {
      asked += 1;
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => noFeed.listen(0, '127.0.0.1', resolve));
    const missing = `http://127.0.0.1:${(noFeed.address() as AddressInfo).port}/graphql`;
    await follow({ ...producers, identity: { graphqlUrl: missing } });
    producers.payments.publish(paymentCaptured());
    await eventually(async () => (await entryCount()) === 1 && asked >= 2);
    expect(await offsetOf('identity')).toBe(0n);
    noFeed.close();

    // identity's feed goes live (the journal pointed at it, as after a redeploy).
    await running.pop()!.stop();
    producers.identity.publish(securityEvent('login_succeeded'));
    await follow();
    await eventually(async () => (await entryCount()) === 2);
    await expectLinearChain();
  });

  it('keeps one linear chain when several replicas append at once (also the same events)', async () => {
    const events = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? paymentCaptured() : i % 3 === 1 ? securityEvent('session_revoked') : statusChanged()));
    const replicas = await Promise.all([db.replica(), db.replica(), db.replica()]);
    const handlers = [db.services, ...replicas.map((replica) => replica.services)];
    // Every replica handles every event, all concurrently: each event must land exactly once.
    const outcomes = await Promise.all(handlers.flatMap((services) => events.map((event) => deliver(services, event))));
    expect(outcomes.filter((outcome) => outcome?.status === 'appended')).toHaveLength(events.length);
    expect(outcomes.filter((outcome) => outcome?.status === 'duplicate')).toHaveLength(events.length * (handlers.length - 1));
    const rows = await entries();
    expect(new Set(rows.map((row) => row.eventId))).toEqual(new Set(events.map((event) => event.id)));
    await expectLinearChain();
    expect(await db.services.verifier.verify()).toMatchObject({ ok: true, checkedEntries: events.length });
  });
});
