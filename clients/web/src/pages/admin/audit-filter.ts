import type { AuditJournalFilter } from '@eco/sdk';

/** The audit form: text fields, '' when empty; from/to as a datetime-local value (local time). */
export interface AuditFilterState {
  actorId: string;
  subjectType: string;
  subjectId: string;
  action: string;
  requestId: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterState = { actorId: '', subjectType: '', subjectId: '', action: '', requestId: '', from: '', to: '' };

/** A datetime-local value ("2026-12-03T10:15") as a UTC instant; null when empty or invalid. */
export function localToIso(value: string): string | null {
  if (!value.trim()) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The API filter: trimmed, only the given fields; `to` includes its whole minute. */
export function toAuditFilter(state: AuditFilterState): AuditJournalFilter {
  const filter: AuditJournalFilter = {};
  for (const key of ['actorId', 'subjectType', 'subjectId', 'action', 'requestId'] as const) {
    const value = state[key].trim();
    if (value) filter[key] = value;
  }
  const from = localToIso(state.from);
  if (from) filter.from = from;
  const to = localToIso(state.to);
  if (to) filter.to = new Date(new Date(to).getTime() + 59_999).toISOString();
  return filter;
}
