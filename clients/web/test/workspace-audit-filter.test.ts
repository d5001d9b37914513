import { describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTER, localToIso, toAuditFilter } from '../src/pages/admin/audit-filter';

describe('audit filter → auditJournal variables', () => {
  it('sends nothing for an empty form', () => {
    expect(toAuditFilter(EMPTY_AUDIT_FILTER)).toEqual({});
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, action: '   ' })).toEqual({});
  });

  it('trims the text fields', () => {
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, actorId: ' u1 ', subjectType: 'Application', subjectId: 'a1', action: 'security.', requestId: 'r1' })).toEqual({ actorId: 'u1', subjectType: 'Application', subjectId: 'a1', action: 'security.', requestId: 'r1' });
  });

  it('turns local date-times into instants, "to" including its whole minute', () => {
    const filter = toAuditFilter({ ...EMPTY_AUDIT_FILTER, from: '2026-12-01T10:00', to: '2026-12-01T10:00' });
    expect(filter.from).toBe(new Date('2026-12-01T10:00').toISOString());
    expect(new Date(filter.to as string).getTime() - new Date(filter.from as string).getTime()).toBe(59_999);
  });

  it('ignores an invalid date', () => {
    expect(localToIso('not a date')).toBeNull();
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, from: 'nope' })).toEqual({});
  });
});
