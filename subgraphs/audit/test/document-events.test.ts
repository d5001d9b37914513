import type { FeedEvent } from '@eco/kit';
import { AUDITED_PRODUCERS } from '../src/events/audit-consumers';
import { readEvent } from '../src/events/event-reader';
import { CITIZEN, documentRead, EMPLOYEE } from './support/events';

const record = (event: FeedEvent) => {
  const reading = readEvent(event);
  if (reading.kind !== 'record') throw new Error(`not recorded: ${JSON.stringify(reading)}`);
  return reading.record;
};
const withPayload = (event: FeedEvent, patch: Record<string, unknown>): FeedEvent => ({ ...event, payload: { ...event.payload, ...patch } });

describe('reads of people’s documents (documents)', () => {
  it('follows the documents feed', () => {
    expect(AUDITED_PRODUCERS).toContain('documents');
  });

  it('records the reader, the document and whose it is, in the request', () => {
    const at = '2026-12-03T10:00:00.000Z';
    const event = documentRead({ at });
    expect(record(event)).toEqual({
      eventId: event.id,
      source: 'documents',
      action: 'document.read',
      actorId: EMPLOYEE,
      actorType: 'EMPLOYEE',
      subjectType: 'Document',
      subjectId: event.subject.id,
      requestId: 'req-documents-001',
      occurredAt: new Date(at),
      details: { ownerId: CITIZEN, departmentId: 'MVD', attachedToType: 'Application', attachedToId: '00000000-0000-4000-8000-0000000000b1', via: 'TOKEN' },
    });
  });

  it('reads through a signed link too; an unknown role is an UNKNOWN actor type', () => {
    expect(record(documentRead({ via: 'SIGNED_LINK', requestId: null }))).toMatchObject({ requestId: null, details: { via: 'SIGNED_LINK' } });
    expect(record(documentRead({ actorRole: 'SOMETHING' })).actorType).toBe('UNKNOWN');
  });

  it.each([
    ['another producer', (e: FeedEvent): FeedEvent => ({ ...e, source: 'identity' })],
    ['a document id that is no uuid', (e: FeedEvent) => withPayload(e, { documentId: 'doc-1' })],
    ['no owner', (e: FeedEvent) => withPayload(e, { ownerId: null })],
    ['an actor id with free text', (e: FeedEvent) => withPayload(e, { actorId: 'Иванов И. И.' })],
    ['an unknown way of reading', (e: FeedEvent) => withPayload(e, { via: 'TELEPATHY' })],
    ['no time', (e: FeedEvent) => withPayload(e, { at: 'yesterday' })],
  ])('is malformed with %s', (_name, spoil) => {
    expect(readEvent(spoil(documentRead())).kind).toBe('malformed');
  });

  it('ignores the documents events it does not journal', () => {
    expect(readEvent({ ...documentRead(), type: 'document.issued' }).kind).toBe('ignored');
  });
});
