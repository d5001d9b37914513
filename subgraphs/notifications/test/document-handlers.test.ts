import type { FeedEvent } from '@eco/kit';
import { EVENT_HANDLERS } from '../src/events/handlers';
import { documentIssued, documentQuarantined } from '../src/events/handlers/documents';

const OWNER = '00000000-0000-4000-8000-000000000001';

const event = (type: string, payload: Record<string, unknown>): FeedEvent => ({
  id: '6f1c2a9e-0000-4000-8000-0000000000d1',
  seq: '1',
  type,
  source: 'documents',
  occurredAt: '2026-12-03T10:00:00.000Z',
  subject: { type: 'Document', id: 'd' },
  audience: { userIds: [OWNER], departmentIds: [] },
  payload,
});

describe('documents notifications', () => {
  it('are registered for the documents feed', () => {
    expect(EVENT_HANDLERS).toEqual(expect.arrayContaining([documentIssued, documentQuarantined]));
    expect([documentIssued.source, documentQuarantined.source]).toEqual(['documents', 'documents']);
  });

  it('tells the applicant their result is ready, by application number, in both languages', () => {
    const [draft] = documentIssued.notificationsFor(
      event('document.issued', { issuedDocumentId: 'x', applicationId: 'y', recipientId: OWNER, number: 'ED-2026-000123', applicationNumber: '2026-000123', title: 'Справка о несудимости' }),
    )!;
    expect(draft.userId).toBe(OWNER);
    expect(draft.title).toEqual({ ru: 'Готов результат по заявлению №2026-000123', en: 'The result of application No. 2026-000123 is ready' });
    expect(draft.body.ru).toContain('«Справка о несудимости»');
  });

  it('tells the uploader why a file was not accepted', () => {
    const [draft] = documentQuarantined.notificationsFor(event('document.quarantined', { documentId: 'd', ownerId: OWNER, fileName: 'scan.pdf', reason: 'EICAR-Test-File' }))!;
    expect(draft.userId).toBe(OWNER);
    expect(draft.title.ru).toBe('Файл не принят: обнаружена угроза');
    expect(draft.body.ru).toContain('«scan.pdf»');
    expect(draft.body.ru).toContain('EICAR-Test-File');
    expect(draft.body.en).toContain('“scan.pdf”');
  });

  it('skips payloads it does not understand', () => {
    expect(documentIssued.notificationsFor(event('document.issued', { recipientId: 'nope', applicationNumber: '1', title: 't' }))).toBeNull();
    expect(documentQuarantined.notificationsFor(event('document.quarantined', { ownerId: OWNER, fileName: '', reason: 'x' }))).toBeNull();
  });
});
