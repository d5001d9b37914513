import { recordStatusChange } from '../src/applications/status-history';
import type { ApplicationsServices } from '../src/services';
import { ActorRole, ApplicationStatus } from '../src/shared/enums';
import { submit } from './support/applications';
import { newUserId } from './support/fixtures';
import { testServices, TestClock } from './support/graph';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let services: ApplicationsServices;

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db, new TestClock());
});

afterAll(async () => {
  await db?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('outbox rows commit in the order of their seq, so a feed reader never skips one', async () => {
  const [first, second] = await Promise.all([submit(services, newUserId()), submit(services, newUserId())]);
  const change = (application: typeof first) => ({
    application,
    seq: 50,
    from: ApplicationStatus.SUBMITTED,
    to: ApplicationStatus.REGISTERED,
    actorId: null,
    actorRole: ActorRole.SYSTEM,
    comment: null,
    at: new Date(),
  });
  const committed: string[] = [];
  // The first transaction writes its event, then dawdles before committing.
  const slow = db.prisma.$transaction(async (tx) => {
    await recordStatusChange(tx, services.outbox, change(first));
    await sleep(400);
  }).then(() => committed.push('first'));
  await sleep(100);
  // The second would get the next seq; it must wait for the first to commit.
  const fast = db.prisma.$transaction(async (tx) => {
    await recordStatusChange(tx, services.outbox, change(second));
  }).then(() => committed.push('second'));
  // Meanwhile a reader sees neither of the new events.
  await sleep(100);
  const newest = await services.outbox.readAfter(0n, 500);
  expect(newest.filter((row) => row.type === 'application.status_changed' && (row.payload as { to: string }).to === 'REGISTERED')).toEqual([]);
  await Promise.all([slow, fast]);
  expect(committed).toEqual(['first', 'second']);
  const rows = (await services.outbox.readAfter(0n, 500)).filter((row) => (row.payload as { to: string }).to === 'REGISTERED');
  expect(rows.map((row) => row.subject.id)).toEqual([first.id, second.id]);
});
