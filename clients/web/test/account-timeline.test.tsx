import { describe, expect, it } from 'vitest';
import { mergeTimeline, openInformationRequest, type TimelineEntry } from '../src/pages/applications/timeline';

const history: TimelineEntry[] = [
  { from: null, to: 'SUBMITTED', at: '2026-11-24T13:20:44.459Z', comment: null, actorRole: 'APPLICANT' },
  { from: 'SUBMITTED', to: 'REGISTERED', at: '2026-11-24T17:20:44.459Z', comment: null, actorRole: 'EMPLOYEE' },
];

describe('mergeTimeline', () => {
  it('appends live events after the history, oldest first', () => {
    const live: TimelineEntry[] = [{ eventId: 'e1', from: 'REGISTERED', to: 'IN_PROGRESS', at: '2026-11-25T10:00:00.000Z', comment: null }];
    expect(mergeTimeline(history, live).map((e) => e.to)).toEqual(['SUBMITTED', 'REGISTERED', 'IN_PROGRESS']);
  });

  it('shows an event the reloaded history already has once, keeping the history entry (with its actor)', () => {
    const reloaded = [...history, { from: 'REGISTERED', to: 'IN_PROGRESS', at: '2026-11-25T10:00:00.000Z', comment: null, actorRole: 'EMPLOYEE' } as TimelineEntry];
    const live: TimelineEntry[] = [{ eventId: 'e1', from: 'REGISTERED', to: 'IN_PROGRESS', at: '2026-11-25T10:00:00Z', comment: null }];
    const merged = mergeTimeline(reloaded, live);
    expect(merged).toHaveLength(3);
    expect(merged[2].actorRole).toBe('EMPLOYEE');
  });

  it('drops a redelivered event (same eventId)', () => {
    const event: TimelineEntry = { eventId: 'e2', from: 'REGISTERED', to: 'IN_PROGRESS', at: '2026-11-25T10:00:00.000Z', comment: null };
    expect(mergeTimeline(history, [event, { ...event }])).toHaveLength(3);
  });

  it('orders an event that arrived late by its time', () => {
    const live: TimelineEntry[] = [
      { eventId: 'b', from: 'IN_PROGRESS', to: 'INFO_REQUESTED', at: '2026-11-26T10:00:00.000Z', comment: 'Нужна новая фотография' },
      { eventId: 'a', from: 'REGISTERED', to: 'IN_PROGRESS', at: '2026-11-25T10:00:00.000Z', comment: null },
    ];
    const merged = mergeTimeline(history, live);
    expect(merged.map((e) => e.to)).toEqual(['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED']);
    expect(openInformationRequest(merged)?.comment).toBe('Нужна новая фотография');
  });

  it('has no open request once the applicant answered', () => {
    const answered = mergeTimeline(history, [
      { eventId: 'a', from: 'IN_PROGRESS', to: 'INFO_REQUESTED', at: '2026-11-26T10:00:00.000Z', comment: 'Фото' },
      { eventId: 'b', from: 'INFO_REQUESTED', to: 'IN_PROGRESS', at: '2026-11-27T10:00:00.000Z', comment: 'Загрузил' },
    ]);
    expect(openInformationRequest(answered)).toBeNull();
  });
});
