import { DocumentsClient, DocumentsStandIn, type StandInDocument } from '@eco/kit';
import { freePort } from '@eco/stack';
import { randomUUID } from 'node:crypto';
import { createEducationServices } from '../src/services';
import { buildEducationSchema } from '../src/schema';
import { citizen, employee, errorCodes, execute } from './support/graph';
import { createTestDatabase, insertKindergarten, TestClock, type TestDatabase } from './support/test-database';

/*
 * Benefit proof as uploaded documents, against a real HTTP server answering `_entities` as the
 * documents subgraph does: a document comes back only to its owner.
 */

const START = '2026-09-01';
const BORN = '2023-05-10';

let db: TestDatabase;
let documents: DocumentsStandIn;
let kindergartenId: string;

beforeAll(async () => {
  documents = await new DocumentsStandIn().start();
  db = await createTestDatabase(new TestClock(), { documents: new DocumentsClient({ url: documents.url }) });
  kindergartenId = (await insertKindergarten(db, { number: 901, places: 5 })).id;
});

afterAll(async () => {
  await documents?.stop();
  await db?.close();
});

/** A parent whose token both identity (in memory) and the documents stand-in recognise, with one child. */
function newParent() {
  const id = randomUUID();
  const token = DocumentsStandIn.tokenFor(id);
  const childId = randomUUID();
  db.children.add(token, { id: childId, birthDate: BORN });
  return { id, token, childId };
}

function upload(ownerId: string, fields: Partial<StandInDocument> = {}): string {
  const id = randomUUID();
  documents.add({ id, ownerId, status: 'CLEAN', contentType: 'application/pdf', fileName: 'spravka.pdf', size: 4096, purpose: 'BENEFIT', ...fields });
  return id;
}

const input = (parent: { childId: string }, extra: Record<string, unknown>) => ({
  childId: parent.childId,
  kindergartenIds: [kindergartenId],
  desiredStartDate: new Date(`${START}T00:00:00Z`),
  benefitCategory: 'PRIORITY' as const,
  ...extra,
});

const stored = async () => [await db.count('kindergarten_application'), await db.count('kindergarten_preference'), await db.count('outbox_event')];
const fields = (outcome: { ok: boolean; problems?: { field: string | null; code: string }[] }) => (outcome.ok ? [] : (outcome.problems ?? []).map((p) => `${p.field}:${p.code}`));

describe('benefitDocumentIds', () => {
  it("takes the parent's own clean documents, asking with their token, and announces them for MINPROS in the same transaction", async () => {
    const parent = newParent();
    const proof = [upload(parent.id), upload(parent.id, { contentType: 'image/jpeg' })];
    const outcome = await db.services.kindergartenApplications.apply(parent.id, parent.token, input(parent, { benefitDocumentIds: proof }), 'req-kindergarten-01');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value).toMatchObject({ benefitDocumentIds: proof, benefitDocumentRef: null });
    expect(documents.received.at(-1)).toMatchObject({ authorization: `Bearer ${parent.token}`, requestId: 'req-kindergarten-01' });
    const events = await db.prisma.outboxEvent.findMany({ where: { subjectId: outcome.value.id }, orderBy: { seq: 'asc' } });
    expect(events.map((event) => event.type)).toEqual(['kindergarten_application.status_changed', 'documents.attached']);
    expect(events[1]).toMatchObject({ subjectType: 'KindergartenApplication', audience: { userIds: [], departmentIds: [] } });
    expect(events[1].payload).toEqual({
      documentIds: proof,
      ownerId: parent.id,
      attachedToType: 'KindergartenApplication',
      attachedToId: outcome.value.id,
      departmentId: 'MINPROS',
      requestId: 'req-kindergarten-01',
    });
  });

  it.each([
    ["someone else's document", () => upload(randomUUID()), 'DOCUMENT_NOT_FOUND'],
    ['a document that does not exist', () => randomUUID(), 'DOCUMENT_NOT_FOUND'],
    ['a quarantined document', (owner: string) => upload(owner, { status: 'QUARANTINED' }), 'DOCUMENT_NOT_CLEAN'],
    ['a document not uploaded yet', (owner: string) => upload(owner, { status: 'AWAITING_UPLOAD' }), 'DOCUMENT_NOT_CLEAN'],
    ['a type a benefit proof cannot be', (owner: string) => upload(owner, { contentType: 'image/heic' }), 'DOCUMENT_TYPE_NOT_ALLOWED'],
  ])('%s: a coded problem on its index, and nothing stored', async (_case, document, code) => {
    const parent = newParent();
    const before = await stored();
    const outcome = await db.services.kindergartenApplications.apply(parent.id, parent.token, input(parent, { benefitDocumentIds: [upload(parent.id), document(parent.id)] }));
    expect(fields(outcome)).toEqual([`benefitDocumentIds.1:${code}`]);
    expect(await stored()).toEqual(before);
  });

  it('refuses the same document twice, and more than five, without storing anything', async () => {
    const parent = newParent();
    const before = await stored();
    const own = upload(parent.id);
    expect(fields(await db.services.kindergartenApplications.apply(parent.id, parent.token, input(parent, { benefitDocumentIds: [own, own] })))).toEqual([
      'benefitDocumentIds.1:DOCUMENT_DUPLICATE',
    ]);
    const asked = documents.received.length;
    const six = Array.from({ length: 6 }, () => upload(parent.id));
    expect(fields(await db.services.kindergartenApplications.apply(parent.id, parent.token, input(parent, { benefitDocumentIds: six })))).toEqual([
      'benefitDocumentIds:TOO_MANY_DOCUMENTS',
    ]);
    expect(documents.received.length).toBe(asked);
    expect(await stored()).toEqual(before);
  });

  it('the documents subgraph down: DOCUMENTS_UNAVAILABLE, nothing stored', async () => {
    const down = createEducationServices(db.prisma, {
      dbSchema: db.schema,
      children: db.children,
      documents: new DocumentsClient({ url: `http://127.0.0.1:${await freePort()}/graphql`, timeoutMs: 2_000 }),
      now: db.clock.now,
    });
    const parent = newParent();
    const before = await stored();
    const outcome = await down.kindergartenApplications.apply(parent.id, parent.token, input(parent, { benefitDocumentIds: [upload(parent.id)] }));
    expect(outcome).toEqual({ ok: false, problems: [{ field: null, code: 'DOCUMENTS_UNAVAILABLE' }] });
    expect(await stored()).toEqual(before);
  });

  it('a benefit category needs a proof; the deprecated free-text reference still counts (and attaches nothing)', async () => {
    const parent = newParent();
    const none = await db.services.kindergartenApplications.apply(parent.id, parent.token, input(parent, { benefitDocumentIds: [] }));
    expect(fields(none)).toEqual(['benefitDocumentIds:BENEFIT_DOCUMENT_REQUIRED']);
    const oldClient = await db.services.kindergartenApplications.apply(parent.id, parent.token, input(parent, { benefitDocumentRef: 'удостоверение № 1' }));
    expect(oldClient.ok && oldClient.value).toMatchObject({ benefitDocumentRef: 'удостоверение № 1', benefitDocumentIds: [] });
    if (!oldClient.ok) return;
    expect(await db.prisma.outboxEvent.count({ where: { subjectId: oldClient.value.id, type: 'documents.attached' } })).toBe(0);
  });
});

describe('through GraphQL', () => {
  const APPLY = /* GraphQL */ `mutation($input: ApplyForKindergartenInput!) {
    applyForKindergarten(input: $input) { application { id benefitDocuments { id } } userErrors { field code message } }
  }`;
  const READ = /* GraphQL */ `query($id: ID!) { kindergartenApplication(id: $id) { benefitDocuments { id } } }`;

  it('takes benefitDocumentIds and shows them as Document references to the parent and MINPROS only', async () => {
    const parent = newParent();
    const proof = upload(parent.id);
    const viewer = citizen(parent.id, parent.token);
    const variables = { input: { childId: parent.childId, kindergartenIds: [kindergartenId], desiredStartDate: START, benefitCategory: 'PRIORITY', benefitDocumentIds: [proof] } };
    const applied = await execute(db.services, APPLY, { viewer, variables });
    expect(applied.errors).toBeUndefined();
    const id = applied.data.applyForKindergarten.application.id;
    expect(applied.data.applyForKindergarten).toEqual({ application: { id, benefitDocuments: [{ id: proof }] }, userErrors: [] });

    expect((await execute(db.services, READ, { viewer: employee(randomUUID(), 'MINPROS'), variables: { id } })).data).toEqual({ kindergartenApplication: { benefitDocuments: [{ id: proof }] } });
    expect(errorCodes(await execute(db.services, READ, { viewer: citizen(randomUUID()), variables: { id } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(db.services, READ, { viewer: employee(randomUUID(), 'MVD'), variables: { id } }))).toEqual(['FORBIDDEN']);
  });

  it("answers a document problem as a userError on the list index, in the request's language", async () => {
    const parent = newParent();
    const variables = { input: { childId: parent.childId, kindergartenIds: [kindergartenId], desiredStartDate: START, benefitCategory: 'PRIORITY', benefitDocumentIds: [upload(randomUUID())] } };
    const refused = await execute(db.services, APPLY, { viewer: citizen(parent.id, parent.token), variables, locale: 'ru' });
    expect(refused.data.applyForKindergarten).toEqual({
      application: null,
      userErrors: [{ field: 'benefitDocumentIds.0', code: 'DOCUMENT_NOT_FOUND', message: 'Документ не найден среди ваших загруженных файлов' }],
    });
  });

  it('keeps benefitDocumentRef, deprecated with a reason and a date', async () => {
    const { sdl } = await buildEducationSchema();
    const deprecations = sdl.match(/benefitDocumentRef: String @deprecated\(reason: "[^"]+"\)/g) ?? [];
    expect(deprecations).toHaveLength(2); // the input field and the application's field
    for (const deprecation of deprecations) expect(deprecation).toMatch(/Use benefitDocument(Ids|s)\. Removal after 2027-06-01/);
  });
});
