import { createHash, createPublicKey, verify } from 'node:crypto';
import http from 'node:http';
import { serviceIdByCode, submitApplication, transition } from '../support/applications';
import { ADMIN, CITIZEN, CITIZEN_2, EMPLOYEE_GIBDD, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';

/*
 * Documents in and out, through the gateway's origin only: a citizen uploads a scan, names it in
 * a form, submits; the department's employee reads it (and the audit journal says so); the
 * employee completes the application; the applicant downloads the signed PDF and verifyDocument
 * confirms it (a changed byte does not). And the bad inputs: too big (413, nothing stored), an
 * executable renamed .pdf, zero bytes, a cut connection, EICAR, a path in the name, someone
 * else's document in a form, a used upload URL, 20 parallel uploads.
 */

/** A political-repression rehabilitation certificate (MVD): its form takes kinship documents. */
const REHABILITATION = 'mvd-political-repression-rehabilitation-certificate';
const rehabilitationForm = (documentIds: string[]) => ({
  applicantFullName: { lastName: 'Иванов', firstName: 'Иван' },
  repressedFullName: { lastName: 'Иванов', firstName: 'Пётр' },
  repressedBirthYear: 1901,
  repressionType: 'Лишение свободы',
  relation: 'Дед или бабушка',
  kinshipDocuments: documentIds.map((fileId) => ({ fileId, fileName: 'свидетельство.pdf', mimeType: 'application/pdf' })),
  consent: true,
});

/** The standard anti-virus test file (eicar.org): every scanner flags it; harmless. */
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n%%EOF\n`, 'latin1');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 1)]);
const MB = 1024 * 1024;

const at = (path: string) => new URL(path, gatewayUrl()).toString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function createUpload(token: string, input: { fileName: string; contentType?: string; size: number; purpose?: string }) {
  const response = await graphql(
    gatewayUrl(),
    'mutation ($input: CreateUploadInput!) { createUpload(input: $input) { document { id fileName status } uploadUrl expiresAt userErrors { field code } } }',
    { input: { contentType: 'application/pdf', purpose: 'APPLICATION_ATTACHMENT', ...input } },
    { token },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.createUpload as { document: { id: string; fileName: string; status: string } | null; uploadUrl: string | null; userErrors: { field: string; code: string }[] };
}

async function put(token: string, uploadUrl: string, body: Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(at(uploadUrl), {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null };
}

async function upload(token: string, fileName: string, body: Buffer) {
  const created = await createUpload(token, { fileName, size: body.length });
  expect(created.userErrors).toEqual([]);
  const sent = await put(token, created.uploadUrl as string, body);
  expect(sent.status).toBe(200);
  return created.document!.id;
}

async function myDocument(token: string, id: string) {
  const response = await graphql(gatewayUrl(), 'query ($id: ID!) { document(id: $id) { id status sha256 size contentType fileName quarantineReason } }', { id }, { token });
  return response.data?.document as { id: string; status: string; sha256: string; size: number; contentType: string; fileName: string; quarantineReason: string | null } | null;
}

async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('not in time');
    await sleep(200);
  }
}

describe('documents through the gateway origin', () => {
  let citizen: { token: string; userId: string };
  let stranger: { token: string };
  let mvd: { token: string; userId: string };
  let gibdd: { token: string };
  let serviceId: string;

  beforeAll(async () => {
    [citizen, stranger, mvd, gibdd] = await Promise.all([loginAs(gatewayUrl(), CITIZEN), loginAs(gatewayUrl(), CITIZEN_2), loginAs(gatewayUrl(), EMPLOYEE_MVD), loginAs(gatewayUrl(), EMPLOYEE_GIBDD)]);
    serviceId = await serviceIdByCode(gatewayUrl(), REHABILITATION);
  });

  it('upload → attach → submit → the employee reads it → complete → the applicant downloads the signed PDF → verifyDocument', async () => {
    const scan = pdf('Свидетельство о рождении');
    const documentId = await upload(citizen.token, 'Свидетельство о рождении.pdf', scan);
    const stored = await myDocument(citizen.token, documentId);
    expect(stored).toMatchObject({ status: 'CLEAN', contentType: 'application/pdf', size: scan.length, sha256: createHash('sha256').update(scan).digest('hex') });

    const application = await submitApplication(gatewayUrl(), citizen.token, serviceId, rehabilitationForm([documentId]));
    const ATTACHMENTS = 'query ($id: ID!) { application(id: $id) { attachments { id fileName contentType } } }';
    const own = await graphql(gatewayUrl(), ATTACHMENTS, { id: application.id }, { token: citizen.token });
    expect(own.data?.application.attachments).toEqual([{ id: documentId, fileName: 'Свидетельство о рождении.pdf', contentType: 'application/pdf' }]);

    // The MVD employee reads it once the documents subgraph has taken the attachment from the feed.
    const seen = await eventually(async () => (await graphql(gatewayUrl(), ATTACHMENTS, { id: application.id }, { token: mvd.token })).data?.application?.attachments?.[0]);
    expect(seen).toMatchObject({ id: documentId });
    const read = await fetch(at(`/documents/${documentId}/content`), { headers: { authorization: `Bearer ${mvd.token}` } });
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer()).equals(scan)).toBe(true);
    // Another department and another citizen: as if it did not exist.
    expect((await fetch(at(`/documents/${documentId}/content`), { headers: { authorization: `Bearer ${gibdd.token}` } })).status).toBe(404);
    expect((await fetch(at(`/documents/${documentId}/content`), { headers: { authorization: `Bearer ${stranger.token}` } })).status).toBe(404);
    // The employee's read of a personal document is in the audit journal.
    const admin = await loginAs(gatewayUrl(), ADMIN);
    const journal = await eventually(async () => {
      const answer = await graphql(
        gatewayUrl(),
        'query ($filter: AuditJournalFilter) { auditJournal(first: 10, filter: $filter) { edges { node { action actorId subjectType } } } }',
        { filter: { subjectType: 'Document', subjectId: documentId } },
        { token: admin.token },
      );
      return (answer.data?.auditJournal?.edges ?? [])[0] as { node: { action: string; actorId: string; subjectType: string } } | undefined;
    });
    expect(journal.node).toEqual({ action: 'document.read', actorId: mvd.userId, subjectType: 'Document' });

    for (const step of ['registerApplication', 'startProcessing']) expect((await transition(gatewayUrl(), mvd.token, step, application.id)).data?.[step].userErrors).toEqual([]);
    const completed = await transition(gatewayUrl(), mvd.token, 'completeApplication', application.id, { decision: 'Справка о реабилитации выдана.' });
    expect(completed.data?.completeApplication.userErrors).toEqual([]);

    const RESULT = 'query ($id: ID!) { application(id: $id) { resultDocument { id number sha256 signature keyId downloadUrl } } }';
    const result = await eventually(async () => (await graphql(gatewayUrl(), RESULT, { id: application.id }, { token: citizen.token })).data?.application?.resultDocument);
    const downloaded = await fetch(at(`/issued-documents/${result.id}/content`), { headers: { authorization: `Bearer ${citizen.token}` } });
    expect([downloaded.status, downloaded.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(downloaded.headers.get('content-disposition')).toMatch(/^attachment;/);
    const bytes = Buffer.from(await downloaded.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(downloaded.headers.get('content-length'))).toBe(bytes.length);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(sha256).toBe(result.sha256);
    // The short-lived signed link works without a token (for <a href>); another person's token does not.
    expect((await fetch(at(result.downloadUrl))).status).toBe(200);
    expect((await fetch(at(`/issued-documents/${result.id}/content`), { headers: { authorization: `Bearer ${stranger.token}` } })).status).toBe(404);
    // A range, as a resumed download asks.
    const range = await fetch(at(`/issued-documents/${result.id}/content`), { headers: { authorization: `Bearer ${citizen.token}`, range: 'bytes=0-4' } });
    expect([range.status, await range.text()]).toEqual([206, '%PDF-']);

    // Verified offline with the published key…
    const jwks = (await (await fetch(at('/documents/signing-keys.json'))).json()) as { keys: { kid: string }[] };
    const jwk = jwks.keys.find((key) => key.kid === result.keyId);
    expect(jwk).toBeDefined();
    expect(verify(null, Buffer.from(sha256, 'hex'), createPublicKey({ key: jwk as never, format: 'jwk' }), Buffer.from(result.signature, 'base64url'))).toBe(true);
    // …and online, without a token; one byte changed is not the portal's document.
    const VERIFY = 'query ($input: VerifyDocumentInput!) { verifyDocument(input: $input) { valid issuedDocument { number recipient revoked } } }';
    const genuine = await graphql(gatewayUrl(), VERIFY, { input: { sha256 } });
    expect(genuine.data?.verifyDocument).toMatchObject({ valid: true, issuedDocument: { number: result.number, revoked: false } });
    expect(genuine.data?.verifyDocument.issuedDocument.recipient).not.toContain('Иванов Иван');
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 10] ^= 1;
    const forged = await graphql(gatewayUrl(), VERIFY, { input: { sha256: createHash('sha256').update(tampered).digest('hex') } });
    expect(forged.data?.verifyDocument).toEqual({ valid: false, issuedDocument: null });
    const uploadedCheck = await fetch(at('/documents/verify'), { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: tampered });
    expect(((await uploadedCheck.json()) as { valid: boolean }).valid).toBe(false);
    // The QR code's page, on the gateway origin, for whoever holds the paper.
    const page = await fetch(at(`/verify?id=${result.id}`));
    expect([page.status, page.headers.get('content-type')]).toEqual([200, expect.stringMatching(/^text\/html/)]);
    const html = await page.text();
    expect(html).toContain('Документ выдан порталом и действителен');
    expect(html).toContain(result.number);
    expect(await (await fetch(at('/verify?id=00000000-0000-4000-8000-000000000000'))).text()).toContain('Портал не выдавал такой документ');
  });

  it('refuses a file over the limit with 413 before reading it, and stores nothing', async () => {
    const tooBig = await createUpload(citizen.token, { fileName: 'большой.pdf', size: 21 * MB });
    expect(tooBig.userErrors.map((error) => error.code)).toEqual(['FILE_TOO_LARGE']);
    const created = await createUpload(citizen.token, { fileName: 'скан.pdf', size: 1_000 });
    // A client that declared 1 000 bytes and now says 25 MB: answered at once, from the header.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(at(created.uploadUrl as string), { method: 'PUT', headers: { authorization: `Bearer ${citizen.token}`, 'content-length': String(25 * MB) } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.write(Buffer.alloc(64 * 1024));
    });
    expect(status).toBe(413);
    expect(await myDocument(citizen.token, created.document!.id)).toMatchObject({ status: 'AWAITING_UPLOAD', sha256: null });
  });

  it('judges a file by its bytes: an executable renamed .pdf, zero bytes and EICAR are refused; a path in the name is cut', async () => {
    const renamed = await createUpload(citizen.token, { fileName: 'справка.pdf', size: ELF.length });
    expect((await put(citizen.token, renamed.uploadUrl as string, ELF)).status).toBe(415);
    expect(await myDocument(citizen.token, renamed.document!.id)).toMatchObject({ status: 'AWAITING_UPLOAD', sha256: null });

    expect((await createUpload(citizen.token, { fileName: 'пусто.pdf', size: 0 })).userErrors.map((error) => error.code)).toEqual(['SIZE_INVALID']);
    const declared = await createUpload(citizen.token, { fileName: 'пусто.pdf', size: 10 });
    const empty = await put(citizen.token, declared.uploadUrl as string, Buffer.alloc(0));
    expect([empty.status, empty.body?.error?.code]).toEqual([400, 'EMPTY_FILE']);

    const infected = Buffer.concat([pdf('вложение'), Buffer.from(EICAR)]);
    const eicar = await createUpload(citizen.token, { fileName: 'заражённый.pdf', size: infected.length });
    const flagged = await put(citizen.token, eicar.uploadUrl as string, infected);
    expect(flagged.status).toBe(422);
    expect(flagged.body?.error?.code).toBe('FILE_QUARANTINED');
    expect(await myDocument(citizen.token, eicar.document!.id)).toMatchObject({ status: 'QUARANTINED', quarantineReason: expect.any(String) });
    expect((await fetch(at(`/documents/${eicar.document!.id}/content`), { headers: { authorization: `Bearer ${citizen.token}` } })).status).not.toBe(200);

    const traversal = await createUpload(citizen.token, { fileName: '../../etc/passwd\u202Efdp.pdf', size: 10 });
    expect(traversal.document?.fileName ?? '').not.toMatch(/[/\\\u202E]|\.\./);
  });

  it('keeps nothing of an upload whose connection is cut, and the URL works again', async () => {
    const body = pdf('обрыв');
    const created = await createUpload(citizen.token, { fileName: 'обрыв.pdf', size: body.length + 100_000 });
    await new Promise<void>((resolve) => {
      const request = http.request(at(created.uploadUrl as string), { method: 'PUT', headers: { authorization: `Bearer ${citizen.token}`, 'content-length': String(body.length + 100_000) } });
      request.on('error', () => resolve());
      request.write(body);
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 300);
    });
    await sleep(500);
    expect(await myDocument(citizen.token, created.document!.id)).toMatchObject({ status: 'AWAITING_UPLOAD', sha256: null });
    const whole = Buffer.concat([body, Buffer.alloc(100_000, 0x20)]);
    expect((await put(citizen.token, created.uploadUrl as string, whole)).status).toBe(200);
    expect(await myDocument(citizen.token, created.document!.id)).toMatchObject({ status: 'CLEAN', size: whole.length });
  });

  it('a used upload URL takes no second file; someone else’s document in a form is "not found", nothing stored', async () => {
    const body = pdf('один раз');
    const created = await createUpload(citizen.token, { fileName: 'один.pdf', size: body.length });
    expect((await put(citizen.token, created.uploadUrl as string, body)).status).toBe(200);
    expect([409, 410]).toContain((await put(citizen.token, created.uploadUrl as string, body)).status);
    // Not the owner's URL: as if it did not exist.
    const other = await createUpload(citizen.token, { fileName: 'чужой.pdf', size: body.length });
    expect((await put(stranger.token, other.uploadUrl as string, body)).status).toBe(404);

    const foreign = await upload(stranger.token, 'чужое свидетельство.pdf', pdf('чужое'));
    const count = async () => (await graphql(gatewayUrl(), '{ me { applications(first: 1) { totalCount } } }', {}, { token: citizen.token })).data?.me.applications.totalCount;
    const before = await count();
    const refused = await graphql(
      gatewayUrl(),
      'mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id } userErrors { field code } } }',
      { input: { serviceId, formData: rehabilitationForm([foreign]), idempotencyKey: `foreign-${Date.now()}` } },
      { token: citizen.token },
    );
    expect(refused.data?.submitApplication).toEqual({ application: null, userErrors: [{ field: 'formData.kinshipDocuments.0.fileId', code: 'DOCUMENT_NOT_FOUND' }] });
    expect(await count()).toBe(before);
  });

  it('takes 20 parallel uploads by one person, each stored whole', async () => {
    const files = Array.from({ length: 20 }, (_, i) => pdf(`страница ${i} ${'x'.repeat(i * 1000)}`));
    const ids = await Promise.all(files.map((file, i) => upload(citizen.token, `страница-${i}.pdf`, file)));
    const stored = await Promise.all(ids.map((id) => myDocument(citizen.token, id)));
    expect(stored.map((document) => document?.sha256)).toEqual(files.map((file) => createHash('sha256').update(file).digest('hex')));
  });
});
