import { fieldsWithoutRule, testClientViewer, testViewer, type applicationResultReady, type PayloadOf, type Viewer } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { permissions } from '../src/permissions';
import { buildDocumentsSchema } from '../src/schema';
import { DocumentPurpose } from '../src/shared/enums';
import { errorCodes, execute } from './support/execute';
import { pdfBytes } from './support/files';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
let db: TestDatabase;
const owner = testViewer(randomUUID());
const stranger = testViewer(randomUUID());
const employee = testViewer(randomUUID(), ['EMPLOYEE'], 'MVD');
const otherEmployee = testViewer(randomUUID(), ['EMPLOYEE'], 'GIBDD');
const admin = testViewer(randomUUID(), ['ADMIN']);
const client = testClientViewer(randomUUID(), 'client-1', ['applications:read']);
const anonymous = undefined;
let documentId: string;
let issuedId: string;
const applicationId = randomUUID();

const DOCUMENT_FIELDS = 'id purpose fileName declaredContentType contentType size sha256 status attachedToType attachedToId createdAt uploadedAt sandbox downloadUrl';
const ISSUED_FIELDS = 'id number title recipientName departmentName decision fileName size sha256 signature keyId issuedAt revokedAt revocationReason application { id }';

beforeAll(async () => {
  db = await createTestDatabase();
  const bytes = pdfBytes(2_000);
  const created = await db.services.documents.createUpload({ userId: owner.userId!, sandbox: false }, { fileName: 'a.pdf', contentType: 'application/pdf', size: bytes.length, purpose: DocumentPurpose.APPLICATION_ATTACHMENT });
  if (!created.ok) throw new Error('createUpload failed');
  documentId = created.value.document.id;
  const uploads = db.services.uploads;
  const claim = await uploads.claim(await uploads.open(created.value.uploadUrl.split('/').pop()!, owner));
  await uploads.finish(claim, await uploads.receive(claim.document, Readable.from([bytes])));
  await db.services.documents.attach({ documentIds: [documentId], ownerId: owner.userId!, attachedToType: 'Application', attachedToId: applicationId, departmentId: 'MVD', requestId: null });
  const facts: PayloadOf<typeof applicationResultReady> = {
    applicationId,
    number: '2026-000777',
    applicantId: owner.userId!,
    applicantName: 'Петрова Мария Сергеевна',
    serviceId: randomUUID(),
    serviceTitle: 'Выписка',
    departmentId: 'MVD',
    departmentName: 'МВД',
    decision: 'Выдано',
    completedAt: new Date().toISOString(),
    sandbox: false,
  };
  issuedId = (await db.services.issued.issue(facts)).issued.id;
});
afterAll(() => db?.close());

const run = (source: string, viewer: Viewer | undefined, variables: Record<string, unknown> = {}) => execute<any>(db.services, source, { viewer, variables });
const codes = async (source: string, viewer: Viewer | undefined, variables: Record<string, unknown> = {}) => [...new Set(errorCodes(await run(source, viewer, variables)))];

describe('permissions', () => {
  it('gives every field of the schema a rule (fallback deny is only a safety net)', async () => {
    const { schema } = await buildDocumentsSchema();
    expect(fieldsWithoutRule(schema, permissions)).toEqual([]);
  });

  it('Query.document and every Document field: the owner, the attaching department; NOT_FOUND for others', async () => {
    const query = `query($id: ID!) { document(id: $id) { ${DOCUMENT_FIELDS} } }`;
    for (const viewer of [owner, employee]) expect(await codes(query, viewer, { id: documentId })).toEqual([]);
    for (const viewer of [stranger, otherEmployee, admin]) expect(await codes(query, viewer, { id: documentId })).toEqual(['NOT_FOUND']);
    expect(await codes(query, client, { id: documentId })).toEqual(['FORBIDDEN']);
    expect(await codes(query, anonymous, { id: documentId })).toEqual(['UNAUTHENTICATED']);
    expect(await codes(`query($id: ID!) { document(id: $id) { quarantineReason } }`, owner, { id: documentId })).toEqual([]);
    expect(await codes(`query($id: ID!) { document(id: $id) { quarantineReason } }`, employee, { id: documentId })).toEqual(['FORBIDDEN']);
  });

  it('Document through _entities obeys the same rules', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Document { ${DOCUMENT_FIELDS} } } }`;
    const r = [{ __typename: 'Document', id: documentId }];
    expect(await codes(query, employee, { r })).toEqual([]);
    expect(await codes(query, stranger, { r })).toEqual(['NOT_FOUND']);
    expect(await codes(query, client, { r })).toEqual(['FORBIDDEN']);
  });

  it('myDocuments: signed-in people, each their own', async () => {
    const query = `{ myDocuments { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    expect((await run(query, owner)).data!.myDocuments.totalCount).toBe(1);
    expect((await run(query, stranger)).data!.myDocuments.totalCount).toBe(0);
    expect(await codes(query, anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await codes(query, client)).toEqual(['FORBIDDEN']);
  });

  it('IssuedDocument: recipient and issuing department see it, the PDF link is the recipient’s', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on IssuedDocument { ${ISSUED_FIELDS} } } }`;
    const r = [{ __typename: 'IssuedDocument', id: issuedId }];
    for (const viewer of [owner, employee]) expect(await codes(query, viewer, { r })).toEqual([]);
    for (const viewer of [stranger, otherEmployee, admin]) expect(await codes(query, viewer, { r })).toEqual(['NOT_FOUND']);
    expect(await codes(query, client, { r })).toEqual(['FORBIDDEN']);
    expect(await codes(query, anonymous, { r })).toEqual(['UNAUTHENTICATED']);
    const link = `query($r: [_Any!]!) { _entities(representations: $r) { ... on IssuedDocument { downloadUrl } } }`;
    expect(await codes(link, owner, { r })).toEqual([]);
    expect(await codes(link, employee, { r })).toEqual(['FORBIDDEN']);
    expect(await codes(link, stranger, { r })).toEqual(['NOT_FOUND']);
  });

  it('Application.resultDocument: signed-in people; the result itself obeys the IssuedDocument rules', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Application { id resultDocument { number } } } }`;
    const r = [{ __typename: 'Application', id: applicationId }];
    expect((await run(query, owner, { r })).data!._entities[0].resultDocument.number).toBe('ED-2026-000777');
    expect(await codes(query, anonymous, { r })).toEqual(['UNAUTHENTICATED']);
    expect(await codes(query, client, { r })).toEqual(['FORBIDDEN']);
    expect(await codes(query, stranger, { r })).toEqual(['NOT_FOUND']);
  });

  it('revokeIssuedDocument: employees and administrators only', async () => {
    const mutation = `mutation($input: RevokeIssuedDocumentInput!) { revokeIssuedDocument(input: $input) { userErrors { code } } }`;
    const variables = { input: { id: issuedId, reason: '' } };
    for (const viewer of [owner, stranger, client]) expect(await codes(mutation, viewer, variables)).toEqual(['FORBIDDEN']);
    expect(await codes(mutation, anonymous, variables)).toEqual(['UNAUTHENTICATED']);
    for (const viewer of [employee, admin]) expect((await run(mutation, viewer, variables)).data!.revokeIssuedDocument.userErrors).toEqual([{ code: 'REASON_REQUIRED' }]);
  });

  it('verifyDocument is open to everyone', async () => {
    const query = `query($input: VerifyDocumentInput!) { verifyDocument(input: $input) { valid issuedDocument { number recipient } } }`;
    for (const viewer of [anonymous, client, stranger]) {
      const result = await run(query, viewer, { input: { id: issuedId } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.verifyDocument).toEqual({ valid: true, issuedDocument: { number: 'ED-2026-000777', recipient: 'П***а М. С.' } });
    }
  });
});
