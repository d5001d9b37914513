import { applicationResultReady, type FeedEvent, type PayloadOf } from '@eco/kit';
import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { sha256 } from './support/files';
import { eventually } from './support/test-database';
import { startTestServer, type TestServer } from './support/test-server';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
let server: TestServer;
const applicantId = randomUUID();
const applicationId = randomUUID();
let tokens: { applicant: string; stranger: string; employee: string; otherEmployee: string; client: string };

const facts: PayloadOf<typeof applicationResultReady> = {
  applicationId,
  number: '2026-000123',
  applicantId,
  applicantName: 'Иванов Иван Иванович',
  serviceId: randomUUID(),
  serviceTitle: 'Справка о наличии (отсутствии) судимости',
  departmentId: 'MVD',
  departmentName: 'МВД России',
  decision: 'Сведения о судимости отсутствуют',
  completedAt: '2026-11-20T10:00:00.000Z',
  sandbox: false,
};
const resultReady = (payload: PayloadOf<typeof applicationResultReady> = facts): FeedEvent => ({
  seq: '0',
  id: randomUUID(),
  type: applicationResultReady.name,
  source: 'applications',
  occurredAt: new Date().toISOString(),
  subject: { type: 'Application', id: payload.applicationId },
  audience: { userIds: [], departmentIds: [] },
  payload: { ...payload },
});

const RESULT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Application { resultDocument { id number title recipientName sha256 signature keyId downloadUrl issuedAt revokedAt } } } }`;
const resultOf = (token: string, id = applicationId) => server.gql(RESULT, { r: [{ __typename: 'Application', id }] }, token);
const VERIFY = `query($input: VerifyDocumentInput!) { verifyDocument(input: $input) { valid issuedDocument { number title recipient issuedAt departmentName revoked revokedAt } } }`;
const issuedEvents = async () => (await server.running.services.outbox.readAfter(0n, 1000)).filter((e) => e.type === 'document.issued');

let pdf: Buffer;
let issued: any;

beforeAll(async () => {
  server = await startTestServer();
  const t = server.tokens;
  tokens = {
    applicant: t.sign(applicantId),
    stranger: t.sign(randomUUID()),
    employee: t.sign(randomUUID(), ['EMPLOYEE'], 'MVD'),
    otherEmployee: t.sign(randomUUID(), ['EMPLOYEE'], 'GIBDD'),
    client: t.signClient(randomUUID(), 'client-1', ['applications:read']),
  };
  expect((await resultOf(tokens.applicant)).data._entities[0].resultDocument).toBeNull();
  server.producers.applications.publish(resultReady());
  issued = await eventually(async () => (await resultOf(tokens.applicant)).data._entities[0].resultDocument);
  pdf = (await server.request('GET', issued.downloadUrl)).body;
});
afterAll(() => server?.destroy());

describe('issuing a result from application.result_ready', () => {
  it('issues a PDF for the applicant, numbered after the application, and tells notifications (document.issued)', async () => {
    expect(issued).toMatchObject({ number: 'ED-2026-000123', title: facts.serviceTitle, recipientName: 'Иванов Иван Иванович', revokedAt: null });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sha256(pdf)).toBe(issued.sha256);
    const [event] = await issuedEvents();
    expect(event).toMatchObject({ subject: { type: 'IssuedDocument', id: issued.id }, audience: { userIds: [applicantId], departmentIds: [] } });
    expect(event.payload).toMatchObject({ issuedDocumentId: issued.id, applicationId, recipientId: applicantId, number: 'ED-2026-000123', title: facts.serviceTitle });
  });

  it('signs it with Ed25519 over the SHA-256; the signature verifies with the published JWKS', async () => {
    const jwks = (await server.request('GET', '/documents/signing-keys.json')).json();
    expect(jwks.keys).toHaveLength(1);
    const [jwk] = jwks.keys;
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: issued.keyId });
    expect(jwk.d).toBeUndefined();
    const publicKey = createPublicKey({ key: jwk, format: 'jwk' });
    expect(verify(null, Buffer.from(sha256(pdf), 'hex'), publicKey, Buffer.from(issued.signature, 'base64url'))).toBe(true);
    const altered = Buffer.from(pdf);
    altered[altered.length - 20] ^= 0x01;
    expect(verify(null, Buffer.from(sha256(altered), 'hex'), publicKey, Buffer.from(issued.signature, 'base64url'))).toBe(false);
  });

  it('is idempotent: a replayed event (or a second delivery) issues nothing more', async () => {
    server.producers.applications.publish(resultReady(), resultReady());
    await eventually(async () => (await server.count('feed_offset', "consumer = 'documents<-applications' AND seq >= 3")) === 1);
    expect(await server.count('issued_document')).toBe(1);
    expect(await issuedEvents()).toHaveLength(1);
    await Promise.all([server.running.services.issued.issue({ ...facts }), server.running.services.issued.issue({ ...facts })]);
    expect(await server.count('issued_document')).toBe(1);
    expect(await server.count('blob')).toBe(1);
  });

  it('a document.issued the event contract refuses (no title) is a bug: the record rolls back and its PDF is deleted', async () => {
    const misfit = { ...facts, applicationId: randomUUID(), number: '2026-000999', serviceTitle: '' };
    await expect(server.running.services.issued.issue(misfit)).rejects.toMatchObject({ name: 'EventPayloadError', event: 'document.issued' });
    expect(await server.count('issued_document', 'application_id = $1', [misfit.applicationId])).toBe(0);
    expect(await server.count('blob')).toBe(1);
    expect(await issuedEvents()).toHaveLength(1);
  });

  it('serves the PDF to the recipient only', async () => {
    expect((await server.request('GET', `/issued-documents/${issued.id}/content`, { token: tokens.applicant })).headers['content-type']).toBe('application/pdf');
    for (const token of [tokens.stranger, tokens.employee, tokens.client]) {
      expect((await server.request('GET', `/issued-documents/${issued.id}/content`, { token })).status).toBe(404);
    }
    // The department sees that it was issued, but the download link is the recipient's.
    const asEmployee = await resultOf(tokens.employee);
    expect(asEmployee.errors.map((e: any) => [e.path.at(-1), e.extensions.code])).toEqual([['downloadUrl', 'FORBIDDEN']]);
    expect(asEmployee.data._entities[0].resultDocument.number).toBe('ED-2026-000123');
    const asStranger = await resultOf(tokens.stranger);
    expect(asStranger.data._entities[0].resultDocument).toBeNull();
    expect(new Set(asStranger.errors.map((e: any) => e.extensions.code))).toEqual(new Set(['NOT_FOUND']));
  });
});

describe('verifying a result', () => {
  it('verifyDocument: anyone, no token — valid by the file’s SHA-256 or by the id in the QR code, the recipient masked', async () => {
    for (const token of [undefined, tokens.client]) {
      const bySha = await server.gql(VERIFY, { input: { sha256: issued.sha256.toUpperCase() } }, token);
      expect(bySha.errors).toBeUndefined();
      expect(bySha.data.verifyDocument).toEqual({
        valid: true,
        issuedDocument: { number: 'ED-2026-000123', title: facts.serviceTitle, recipient: 'И***в И. И.', issuedAt: issued.issuedAt, departmentName: 'МВД России', revoked: false, revokedAt: null },
      });
    }
    expect((await server.gql(VERIFY, { input: { id: issued.id } })).data.verifyDocument.valid).toBe(true);
    expect((await server.gql(VERIFY, { input: { sha256: '0'.repeat(64) } })).data.verifyDocument).toEqual({ valid: false, issuedDocument: null });
    expect((await server.gql(VERIFY, { input: { sha256: 'xyz' } })).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await server.gql(VERIFY, { input: {} })).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('POST /documents/verify hashes the bytes: the file verifies, the file with one byte changed does not', async () => {
    const ok = await server.request('POST', '/documents/verify', { body: pdf, headers: { 'content-type': 'application/pdf' } });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ valid: true, sha256: issued.sha256, issuedDocument: { number: 'ED-2026-000123', recipient: 'И***в И. И.', revoked: false } });
    const altered = Buffer.from(pdf);
    altered[100] ^= 0x20;
    expect((await server.request('POST', '/documents/verify', { body: altered })).json()).toEqual({ valid: false, sha256: sha256(altered), issuedDocument: null });
    expect((await server.request('POST', '/documents/verify', { body: Buffer.alloc(0) })).status).toBe(400);
  });

  it('a revoked result no longer verifies; only the issuing department (or an administrator) may revoke', async () => {
    const REVOKE = `mutation($input: RevokeIssuedDocumentInput!) { revokeIssuedDocument(input: $input) { issuedDocument { revokedAt revocationReason } userErrors { field code } } }`;
    const input = { id: issued.id, reason: 'Выдан по ошибке' };
    expect((await server.gql(REVOKE, { input }, tokens.applicant)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await server.gql(REVOKE, { input }, tokens.otherEmployee)).data.revokeIssuedDocument.userErrors).toEqual([{ field: 'id', code: 'ISSUED_DOCUMENT_NOT_FOUND' }]);
    expect((await server.gql(REVOKE, { input: { ...input, reason: ' ' } }, tokens.employee)).data.revokeIssuedDocument.userErrors).toEqual([{ field: 'reason', code: 'REASON_REQUIRED' }]);
    const revoked = await server.gql(REVOKE, { input }, tokens.employee);
    expect(revoked.data.revokeIssuedDocument).toMatchObject({ issuedDocument: { revocationReason: 'Выдан по ошибке' }, userErrors: [] });
    expect((await server.gql(REVOKE, { input }, tokens.employee)).data.revokeIssuedDocument.userErrors[0].code).toBe('ALREADY_REVOKED');

    const verification = (await server.gql(VERIFY, { input: { sha256: issued.sha256 } })).data.verifyDocument;
    expect(verification).toMatchObject({ valid: false, issuedDocument: { revoked: true, revokedAt: revoked.data.revokeIssuedDocument.issuedDocument.revokedAt } });
    expect((await server.request('POST', '/documents/verify', { body: pdf })).json()).toMatchObject({ valid: false, issuedDocument: { revoked: true } });
    const events = (await server.running.services.outbox.readAfter(0n, 1000)).filter((e) => e.type === 'document.revoked');
    expect(events).toHaveLength(1);
  });
});
