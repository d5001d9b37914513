import { DocumentsClient, DocumentsStandIn, type DocumentChecker, type StandInDocument } from '@eco/kit';
import { freePort } from '@eco/stack';
import { randomUUID } from 'node:crypto';
import { documentReferences } from '../src/forms/document-fields';
import type { ApplicationsServices } from '../src/services';
import { ApplicationStatus } from '../src/shared/enums';
import { WorkflowAction } from '../src/workflow/transitions';
import { act, actorsFor, TEST_APPLICANT_NAME } from './support/applications';
import { newKey, newUserId, REHABILITATION, rehabilitationForm, RESIDENCE_REGISTRATION, residenceRegistrationForm } from './support/fixtures';
import { catalogService, citizen, employee, errorCodes, execute, testServices, TestClock } from './support/graph';
import { DEMO_LOGINS, signIn, startTestServer } from './support/server';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/*
 * Documents named in forms (file fields), against a real HTTP server answering `_entities` as the
 * documents subgraph does: a document comes back only to its owner, with its status and the
 * content type detected from its bytes.
 */

let db: TestDatabase;
let documents: DocumentsStandIn;
let services: ApplicationsServices;
let residenceId: string;
let rehabilitationId: string;

const applicant = newUserId();
const stranger = newUserId();
const asApplicant = citizen(applicant, DocumentsStandIn.tokenFor(applicant));

/** A document of `ownerId` in the stand-in; CLEAN PDF unless said otherwise. */
function upload(ownerId: string, fields: Partial<StandInDocument> = {}): string {
  const id = randomUUID();
  documents.add({ id, ownerId, status: 'CLEAN', contentType: 'application/pdf', fileName: 'document.pdf', size: 2048, purpose: 'APPLICATION', ...fields });
  return id;
}

const TABLES = ['application', 'status_change', 'outbox_event', 'application_counter'];
const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await db.count(t)])));

beforeAll(async () => {
  db = await createTestDatabase();
  documents = await new DocumentsStandIn().start();
  services = testServices(db, new TestClock(), { documents: new DocumentsClient({ url: documents.url }) });
  residenceId = (await catalogService(RESIDENCE_REGISTRATION)).id;
  rehabilitationId = (await catalogService(REHABILITATION)).id;
});

afterAll(async () => {
  await documents?.stop();
  await db?.drop();
});

const submitAs = (viewer: typeof asApplicant, serviceId: string, formData: Record<string, unknown>, using = services) =>
  using.submissions.submit(viewer.userId as string, { serviceId, idempotencyKey: newKey(), formData }, { token: viewer.token, requestId: 'req-documents-0001', applicantName: TEST_APPLICANT_NAME });

describe('finding file fields in a form', () => {
  const file = (types: string[]) => ({
    type: 'object',
    required: ['fileId', 'mimeType'],
    properties: { fileId: { type: 'string' }, fileName: { type: 'string' }, mimeType: { type: 'string', enum: types } },
  });
  const schema = {
    type: 'object',
    properties: {
      photo: file(['image/jpeg']),
      extra: { type: 'object', properties: { scans: { type: 'array', items: file(['application/pdf', 'image/png']) } } },
      notAFile: { type: 'object', properties: { fileId: { type: 'string' } } },
      optional: file(['application/pdf']),
    },
  };

  test('by their shape, in nested objects and arrays, with the types each accepts; empty ones are skipped', () => {
    const data = {
      photo: { fileId: 'p', mimeType: 'image/jpeg' },
      extra: { scans: [{ fileId: 's0', mimeType: 'application/pdf' }, { fileId: 's1', mimeType: 'image/png' }] },
      notAFile: { fileId: 'n' },
    };
    expect(documentReferences(schema, data)).toEqual([
      { id: 'p', field: 'formData.photo.fileId', allowedContentTypes: ['image/jpeg'] },
      { id: 's0', field: 'formData.extra.scans.0.fileId', allowedContentTypes: ['application/pdf', 'image/png'] },
      { id: 's1', field: 'formData.extra.scans.1.fileId', allowedContentTypes: ['application/pdf', 'image/png'] },
    ]);
    expect(documentReferences(schema, {}, 'formDataPatch')).toEqual([]);
  });
});

describe('submitApplication with documents', () => {
  test('takes in the applicant’s own clean documents, asking the documents subgraph with their token, and announces them in the same transaction', async () => {
    const deed = upload(applicant);
    const outcome = await submitAs(asApplicant, residenceId, residenceRegistrationForm(deed));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.attachmentIds).toEqual([deed]);
    expect(documents.received.at(-1)).toMatchObject({ authorization: `Bearer ${asApplicant.token}`, requestId: 'req-documents-0001' });

    const events = await db.prisma.outboxEvent.findMany({ where: { subjectId: outcome.value.id }, orderBy: { seq: 'asc' } });
    expect(events.map((event) => event.type)).toEqual(['application.status_changed', 'documents.attached']);
    expect(events[1]).toMatchObject({ subjectType: 'Application', audience: { userIds: [], departmentIds: [] } });
    expect(events[1].payload).toEqual({
      documentIds: [deed],
      ownerId: applicant,
      attachedToType: 'Application',
      attachedToId: outcome.value.id,
      departmentId: 'MVD',
      requestId: 'req-documents-0001',
    });
  });

  test('finds file fields inside arrays, and keeps the order they are named in', async () => {
    const [first, second] = [upload(applicant), upload(applicant, { contentType: 'image/png' })];
    const outcome = await submitAs(asApplicant, rehabilitationId, rehabilitationForm([{ id: first }, { id: second, mimeType: 'image/png' }]));
    expect(outcome.ok && outcome.value.attachmentIds).toEqual([first, second]);
  });

  test('a form without documents needs no documents subgraph, and writes no documents event', async () => {
    const outcome = await submitAs(asApplicant, residenceId, residenceRegistrationForm(), testServices(db, new TestClock()));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.attachmentIds).toEqual([]);
    expect(await db.prisma.outboxEvent.count({ where: { subjectId: outcome.value.id, type: 'documents.attached' } })).toBe(0);
  });

  test.each([
    ['someone else’s document', () => upload(stranger), 'DOCUMENT_NOT_FOUND'],
    ['a document that does not exist', () => randomUUID(), 'DOCUMENT_NOT_FOUND'],
    ['a quarantined document', () => upload(applicant, { status: 'QUARANTINED' }), 'DOCUMENT_NOT_CLEAN'],
    ['a document not uploaded yet', () => upload(applicant, { status: 'AWAITING_UPLOAD' }), 'DOCUMENT_NOT_CLEAN'],
    ['a type the field does not accept (detected, whatever the form claims)', () => upload(applicant, { contentType: 'image/heic' }), 'DOCUMENT_TYPE_NOT_ALLOWED'],
  ])('%s: a coded problem on the file field, and nothing stored', async (_case, documentId, code) => {
    const before = await counts();
    const outcome = await submitAs(asApplicant, residenceId, residenceRegistrationForm(documentId()));
    expect(outcome).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'formData.ownershipDocument.fileId', code })] });
    expect(await counts()).toEqual(before);
  });

  test('the same document twice, and several problems at once, with their array paths', async () => {
    const before = await counts();
    const own = upload(applicant);
    const outcome = await submitAs(asApplicant, rehabilitationId, rehabilitationForm([{ id: own }, { id: own }, { id: upload(stranger) }, { id: upload(applicant, { status: 'QUARANTINED' }) }]));
    expect(outcome.ok ? [] : outcome.problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'formData.kinshipDocuments.1.fileId DOCUMENT_DUPLICATE',
      'formData.kinshipDocuments.2.fileId DOCUMENT_NOT_FOUND',
      'formData.kinshipDocuments.3.fileId DOCUMENT_NOT_CLEAN',
    ]);
    expect(await counts()).toEqual(before);
  });

  test('the documents subgraph down: the userError DOCUMENTS_UNAVAILABLE (no GraphQL error, no host name), nothing stored', async () => {
    const down = testServices(db, new TestClock(), { documents: new DocumentsClient({ url: `http://127.0.0.1:${await freePort()}/graphql`, timeoutMs: 2_000 }) });
    const before = await counts();
    const result = await execute(
      down,
      /* GraphQL */ `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id } userErrors { field code message } } }`,
      { viewer: asApplicant, variables: { input: { serviceId: residenceId, idempotencyKey: newKey(), formData: residenceRegistrationForm(upload(applicant)) } } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.submitApplication).toEqual({
      application: null,
      userErrors: [{ field: null, code: 'DOCUMENTS_UNAVAILABLE', message: expect.stringMatching(/unavailable/) }],
    });
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(await counts()).toEqual(before);
  });

  test('through GraphQL: the problem is a userError with the field path and a message in the request language', async () => {
    const result = await execute(
      services,
      /* GraphQL */ `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id } userErrors { field code message } } }`,
      { viewer: asApplicant, locale: 'ru', variables: { input: { serviceId: residenceId, idempotencyKey: newKey(), formData: residenceRegistrationForm(upload(stranger)) } } },
    );
    expect(result.data.submitApplication).toEqual({
      application: null,
      userErrors: [{ field: 'formData.ownershipDocument.fileId', code: 'DOCUMENT_NOT_FOUND', message: 'Документ не найден среди ваших загруженных файлов' }],
    });
  });
});

describe('provideInformation with documents', () => {
  const PROVIDE = /* GraphQL */ `mutation($input: ProvideInformationInput!) {
    provideInformation(input: $input) { application { status attachments { id } } userErrors { field code } }
  }`;

  async function waitingForInformation() {
    const first = upload(applicant);
    const submitted = await submitAs(asApplicant, rehabilitationId, rehabilitationForm([{ id: first }]));
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    const mvd = employee(newUserId(), 'MVD');
    let application = submitted.value;
    for (const action of [WorkflowAction.REGISTER, WorkflowAction.START_PROCESSING, WorkflowAction.REQUEST_INFORMATION]) application = await act(services, action, application, mvd);
    return { application, first };
  }

  const snapshot = async (id: string) => ({
    row: await db.prisma.application.findUniqueOrThrow({ where: { id } }),
    events: await db.prisma.outboxEvent.count({ where: { subjectId: id } }),
  });

  test('a document newly named in the patch is checked and attached; those the application has are not asked about again', async () => {
    const { application, first } = await waitingForInformation();
    const added = upload(applicant, { contentType: 'image/jpeg' });
    const asked = documents.received.length;
    const result = await execute(services, PROVIDE, {
      viewer: asApplicant,
      variables: { input: { applicationId: application.id, comment: 'Приложил свидетельство', formDataPatch: { kinshipDocuments: rehabilitationForm([{ id: first }, { id: added, mimeType: 'image/jpeg' }]).kinshipDocuments } } },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.provideInformation).toEqual({ application: { status: 'IN_PROGRESS', attachments: [{ id: first }, { id: added }] }, userErrors: [] });
    expect(documents.received.slice(asked).map((request) => request.representations.map((r) => r.id))).toEqual([[added]]);
    const attachedEvents = await db.prisma.outboxEvent.findMany({ where: { subjectId: application.id, type: 'documents.attached' }, orderBy: { seq: 'asc' } });
    expect(attachedEvents.map((event) => (event.payload as { documentIds: string[] }).documentIds)).toEqual([[first], [added]]);
  });

  test('someone else’s document in the patch: DOCUMENT_NOT_FOUND under formDataPatch, and nothing changes', async () => {
    const { application } = await waitingForInformation();
    const before = await snapshot(application.id);
    const result = await execute(services, PROVIDE, {
      viewer: asApplicant,
      variables: { input: { applicationId: application.id, comment: 'Вот', formDataPatch: { kinshipDocuments: rehabilitationForm([{ id: upload(stranger) }]).kinshipDocuments } } },
    });
    expect(result.data.provideInformation).toEqual({ application: null, userErrors: [{ field: 'formDataPatch.kinshipDocuments.0.fileId', code: 'DOCUMENT_NOT_FOUND' }] });
    expect(await snapshot(application.id)).toEqual(before);
  });

  test('a file the form named before documents were checked (never attached) does not stop an answer that leaves it as it is', async () => {
    // As applications filed before documents were checked: their files taken as they are, attached nowhere.
    const unchecked: DocumentChecker = { check: async () => ({ ok: true, documents: [] }) };
    const legacy = testServices(db, new TestClock(), { documents: unchecked });
    const submitted = await legacy.submissions.submit(applicant, { serviceId: rehabilitationId, idempotencyKey: newKey(), formData: rehabilitationForm([{ id: randomUUID() }]) }, { applicantName: TEST_APPLICANT_NAME });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    const mvd = employee(newUserId(), 'MVD');
    let application = submitted.value;
    for (const action of [WorkflowAction.REGISTER, WorkflowAction.START_PROCESSING, WorkflowAction.REQUEST_INFORMATION]) application = await act(services, action, application, mvd);
    const asked = documents.received.length;
    const outcome = await services.workflow.act(WorkflowAction.PROVIDE_INFORMATION, application.id, asApplicant, { comment: 'Уточнил место', formDataPatch: { repressionPlace: 'Красноярский край' } });
    expect(outcome.ok && outcome.value).toMatchObject({ status: 'IN_PROGRESS', attachmentIds: [] });
    expect(documents.received.length).toBe(asked);
  });

  test('the documents subgraph down: DOCUMENTS_UNAVAILABLE, and nothing changes', async () => {
    const { application } = await waitingForInformation();
    const down = testServices(db, new TestClock(), { documents: new DocumentsClient({ url: `http://127.0.0.1:${await freePort()}/graphql`, timeoutMs: 2_000 }) });
    const before = await snapshot(application.id);
    const outcome = await down.workflow.act(WorkflowAction.PROVIDE_INFORMATION, application.id, asApplicant, {
      comment: 'Вот',
      formDataPatch: { kinshipDocuments: rehabilitationForm([{ id: upload(applicant) }]).kinshipDocuments },
    });
    expect(outcome).toEqual({ ok: false, problems: [{ field: null, code: 'DOCUMENTS_UNAVAILABLE' }] });
    expect(await snapshot(application.id)).toEqual(before);
  });
});

describe('Application.attachments', () => {
  const ATTACHMENTS = /* GraphQL */ `query($id: ID!) { application(id: $id) { attachments { id } } }`;

  test('references to the documents subgraph’s Document, for whoever may read the application', async () => {
    const actors = actorsFor('MVD', applicant);
    const deed = upload(applicant);
    const submitted = await submitAs(asApplicant, residenceId, residenceRegistrationForm(deed));
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    const id = submitted.value.id;
    for (const viewer of [asApplicant, actors.employee]) {
      const result = await execute(services, ATTACHMENTS, { viewer, variables: { id } });
      expect(result).toEqual({ data: { application: { attachments: [{ id: deed }] } } });
    }
    expect(errorCodes(await execute(services, ATTACHMENTS, { viewer: citizen(stranger), variables: { id } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(services, ATTACHMENTS, { viewer: employee(newUserId(), 'GIBDD'), variables: { id } }))).toEqual(['FORBIDDEN']);
    // Through `_entities` (the gateway's way in) the same rule holds.
    const entities = /* GraphQL */ `query($r: [_Any!]!) { _entities(representations: $r) { ... on Application { attachments { id } } } }`;
    const viaGateway = await execute(services, entities, { viewer: actors.employee, variables: { r: [{ __typename: 'Application', id }] } });
    expect(viaGateway.data?._entities).toEqual([{ attachments: [{ id: deed }] }]);
  });

  test('an application without documents has none', async () => {
    const submitted = await submitAs(asApplicant, residenceId, residenceRegistrationForm());
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    expect((await execute(services, ATTACHMENTS, { viewer: asApplicant, variables: { id: submitted.value.id } })).data).toEqual({ application: { attachments: [] } });
  });
});

describe('over HTTP, with a real access token', () => {
  test("the citizen's own token reaches the documents subgraph, and their document is taken in", async () => {
    const person = await signIn(DEMO_LOGINS.citizen);
    const server = await startTestServer(db.schema, undefined, { documentsUrl: documents.url });
    try {
      const own = upload(person.userId);
      const others = upload(stranger);
      const SUBMIT = /* GraphQL */ `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { status attachments { id } } userErrors { field code } } }`;
      const refused = await server.gql(SUBMIT, { input: { serviceId: residenceId, idempotencyKey: newKey(), formData: residenceRegistrationForm(others) } }, person.token);
      expect(refused.body.data.submitApplication).toEqual({ application: null, userErrors: [{ field: 'formData.ownershipDocument.fileId', code: 'DOCUMENT_NOT_FOUND' }] });
      const accepted = await server.gql(SUBMIT, { input: { serviceId: residenceId, idempotencyKey: newKey(), formData: residenceRegistrationForm(own) } }, person.token);
      expect(accepted.body).toEqual({ data: { submitApplication: { application: { status: ApplicationStatus.SUBMITTED, attachments: [{ id: own }] }, userErrors: [] } } });
      expect(documents.received.at(-1)?.authorization).toBe(`Bearer ${person.token}`);
    } finally {
      await server.running.stop();
    }
  });
});
