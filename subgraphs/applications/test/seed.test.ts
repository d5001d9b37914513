import { DEVELOPMENT_EVENT_FEED_TOKEN } from '@eco/kit';
import { freePort } from '@eco/stack';
import { tmpdir } from 'node:os';
import { CatalogClient } from '../src/clients/catalog-client';
import { IdentityClient } from '../src/clients/identity-client';
import { startApplicationsSubgraph } from '../src/main';
import { seedDemoData } from '../src/seed';
import { CRIMINAL_RECORD_DECISION, DEMO_APPLICATIONS, DEMO_DOCUMENT_IDS, DEMO_USER_IDS } from '../src/seed-data';
import { catalogUrl, identityUrl } from './support/graph';
import { NOWHERE } from './support/server';
import { createTestDatabase, DATABASE_URL, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const deps = () => ({
  dbSchema: db.schema,
  catalog: new CatalogClient({ url: catalogUrl() }),
  identity: new IdentityClient({ url: identityUrl() }),
  logger: silentLogger,
});

const TABLES = ['application', 'status_change', 'outbox_event', 'application_counter'];
const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await db.count(t)])));

test('demo applications in various statuses, with history, and a second run changes nothing', async () => {
  const first = await seedDemoData(db.prisma, deps());
  expect(first).toEqual({ created: DEMO_APPLICATIONS.length, existing: 0, failed: 0 });
  const rows = await db.prisma.application.findMany({ orderBy: { number: 'asc' } });
  const byKey = Object.fromEntries(rows.map((row) => [row.idempotencyKey, row]));
  expect(Object.fromEntries(Object.entries(byKey).map(([key, row]) => [key, `${row.departmentId}:${row.status}`]))).toEqual({
    'demo-seed-criminal-record': 'MVD:COMPLETED',
    'demo-seed-residence-registration': 'MVD:IN_PROGRESS',
    'demo-seed-passport-replacement': 'MVD:INFO_REQUESTED',
    'demo-seed-licence-replacement': 'GIBDD:REGISTERED',
    'demo-seed-vehicle-history': 'GIBDD:SUBMITTED',
    'demo-seed-international-licence': 'GIBDD:REJECTED',
    'demo-seed-passport-check': 'MVD:WITHDRAWN',
    'demo-seed-criminal-record-petrova': 'MVD:SUBMITTED',
    'demo-seed-sandbox-passport-check': 'MVD:REGISTERED',
  });
  expect(rows.filter((row) => row.applicantId === DEMO_USER_IDS.citizen)).toHaveLength(7);
  // The sandbox citizen's application is test data, and so are its events; nobody else's is.
  expect(rows.filter((row) => row.sandbox).map((row) => row.idempotencyKey)).toEqual(['demo-seed-sandbox-passport-check']);
  const sandboxEvents = await db.prisma.outboxEvent.findMany({ where: { subjectId: byKey['demo-seed-sandbox-passport-check'].id } });
  expect(sandboxEvents.map((event) => (event.payload as { sandbox?: boolean }).sandbox)).toEqual([true, true]);
  expect(byKey['demo-seed-residence-registration']).toMatchObject({ priority: 'HIGH', assigneeId: DEMO_USER_IDS.employeeMvd });
  expect(byKey['demo-seed-criminal-record'].completedAt!.getTime()).toBeLessThan(Date.now());
  // History and events as real ones have them: one of each per status change.
  const history = await db.prisma.statusChange.count({ where: { applicationId: byKey['demo-seed-criminal-record'].id } });
  expect(history).toBe(4);
  // ...plus the completed one's result (the documents subgraph issues its signed result from this
  // event) and one documents.attached per application that names the demo photos.
  expect(await db.count('outbox_event')).toBe((await db.count('status_change')) + 1 + 3);
  const results = await db.prisma.outboxEvent.findMany({ where: { type: 'application.result_ready' } });
  expect(results.map((event) => event.payload)).toEqual([
    expect.objectContaining({
      applicationId: byKey['demo-seed-criminal-record'].id,
      number: byKey['demo-seed-criminal-record'].number,
      applicantId: DEMO_USER_IDS.citizen,
      applicantName: 'Иванов Иван Иванович',
      serviceTitle: byKey['demo-seed-criminal-record'].serviceTitleRu,
      departmentId: 'MVD',
      departmentName: expect.stringMatching(/внутренних дел/i),
      decision: CRIMINAL_RECORD_DECISION,
      completedAt: byKey['demo-seed-criminal-record'].completedAt!.toISOString(),
      sandbox: false,
    }),
  ]);
  expect(byKey['demo-seed-criminal-record'].decision).toBe(CRIMINAL_RECORD_DECISION);
  // The demo photos (uploaded by the documents subgraph's seed) are attached, one to each application naming it.
  expect(byKey['demo-seed-passport-replacement'].attachmentIds).toEqual([DEMO_DOCUMENT_IDS.passportPhoto]);
  expect(byKey['demo-seed-licence-replacement'].attachmentIds).toEqual([DEMO_DOCUMENT_IDS.licencePhoto]);
  expect(byKey['demo-seed-international-licence'].attachmentIds).toEqual([DEMO_DOCUMENT_IDS.internationalLicencePhoto]);
  const attached = await db.prisma.outboxEvent.findMany({ where: { type: 'documents.attached' }, orderBy: { seq: 'asc' } });
  expect(attached.map((event) => (event.payload as { documentIds: string[]; departmentId: string }).departmentId)).toEqual(['MVD', 'GIBDD', 'GIBDD']);

  const before = await counts();
  expect(await seedDemoData(db.prisma, deps())).toEqual({ created: 0, existing: DEMO_APPLICATIONS.length, failed: 0 });
  expect(await counts()).toEqual(before);
});

test('a completed demo application seeded before results were issued gets its result once, on the next run', async () => {
  // As an earlier seed left it: completed, no decision, no result event.
  const completed = await db.prisma.application.findFirstOrThrow({ where: { idempotencyKey: 'demo-seed-criminal-record' } });
  await db.prisma.outboxEvent.deleteMany({ where: { subjectId: completed.id, type: 'application.result_ready' } });
  await db.prisma.application.update({ where: { id: completed.id }, data: { decision: null } });

  await seedDemoData(db.prisma, deps());
  const issued = await db.prisma.outboxEvent.findMany({ where: { subjectId: completed.id, type: 'application.result_ready' } });
  expect(issued.map((event) => event.payload)).toEqual([
    expect.objectContaining({ decision: CRIMINAL_RECORD_DECISION, completedAt: completed.completedAt!.toISOString(), applicantName: 'Иванов Иван Иванович' }),
  ]);
  expect((await db.prisma.application.findUniqueOrThrow({ where: { id: completed.id } })).decision).toBe(CRIMINAL_RECORD_DECISION);

  const before = await counts();
  await seedDemoData(db.prisma, deps());
  expect(await counts()).toEqual(before);
});

test('without a catalog the seed gives up with a warning, and the subgraph still starts', async () => {
  const deadCatalog = `http://127.0.0.1:${await freePort()}/graphql`;
  const started = Date.now();
  expect(await seedDemoData(db.prisma, { ...deps(), catalog: new CatalogClient({ url: deadCatalog }), catalogWaitMs: 300 })).toBeNull();
  expect(Date.now() - started).toBeLessThan(5_000);

  process.env.LOG_LEVEL = 'silent';
  const running = await startApplicationsSubgraph(
    {
      port: 0,
      databaseUrl: DATABASE_URL,
      dbSchema: db.schema,
      jwksUrl: `http://127.0.0.1:${await freePort()}/jwks.json`,
      seedDemoData: true,
      production: false,
      dataDir: tmpdir(),
      eventFeedToken: DEVELOPMENT_EVENT_FEED_TOKEN,
      redisUrl: null,
      subgraphUrls: { catalog: deadCatalog, identity: identityUrl(), payments: NOWHERE },
    },
    { catalogWaitMs: 300 },
  );
  try {
    const ready = await fetch(`http://127.0.0.1:${running.port}/readyz`);
    expect(ready.status).toBe(200);
  } finally {
    await running.stop();
  }
});
