import { documentIssued, documentQuarantined } from '@eco/kit';
import { EVENT_HANDLERS } from '../src/events/handlers';
import { documentIssuedHandler, documentQuarantinedHandler } from '../src/events/handlers/documents';
import { eventOf } from './support/events';

const OWNER = '00000000-0000-4000-8000-000000000001';
const subject = { type: 'Document', id: '6f1c2a9e-0000-4000-8000-0000000000d1' };

describe('documents notifications', () => {
  it('are registered for the documents contracts, person-only (no webhook type)', () => {
    expect(EVENT_HANDLERS).toEqual(expect.arrayContaining([documentIssuedHandler, documentQuarantinedHandler]));
    expect([documentIssuedHandler.contract, documentQuarantinedHandler.contract]).toEqual([documentIssued, documentQuarantined]);
    expect([documentIssuedHandler.webhook, documentQuarantinedHandler.webhook]).toEqual([false, false]);
  });

  it('tells the applicant their result is ready, by application number, in both languages', () => {
    const payload = {
      issuedDocumentId: subject.id,
      applicationId: '6f1c2a9e-0000-4000-8000-0000000000a1',
      recipientId: OWNER,
      number: 'ED-2026-000123',
      applicationNumber: '2026-000123',
      title: 'Справка о несудимости',
      sandbox: false,
    };
    const [draft] = documentIssuedHandler.notificationsFor(payload, eventOf(documentIssued, payload, { subject }));
    expect(draft.userId).toBe(OWNER);
    expect(draft.title).toEqual({ ru: 'Готов результат по заявлению №2026-000123', en: 'The result of application No. 2026-000123 is ready' });
    expect(draft.body.ru).toContain('«Справка о несудимости»');
  });

  it('tells the uploader why a file was not accepted', () => {
    const payload = { documentId: subject.id, ownerId: OWNER, fileName: 'scan.pdf', reason: 'EICAR-Test-File', sandbox: false };
    const [draft] = documentQuarantinedHandler.notificationsFor(payload, eventOf(documentQuarantined, payload, { subject }));
    expect(draft.userId).toBe(OWNER);
    expect(draft.title.ru).toBe('Файл не принят: обнаружена угроза');
    expect(draft.body.ru).toContain('«scan.pdf»');
    expect(draft.body.ru).toContain('EICAR-Test-File');
    expect(draft.body.en).toContain('“scan.pdf”');
  });
});
