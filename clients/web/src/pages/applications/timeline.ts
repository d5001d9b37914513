import type { ApplicationStatus } from '@eco/sdk';

/** One step on an application's status timeline, from its history or from a live event. */
export interface TimelineEntry {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  at: string;
  comment: string | null;
  actorRole?: string | null;
  /** Set for entries that arrived live (applicationStatusChanged). */
  eventId?: string;
}

const sameStep = (a: TimelineEntry, b: TimelineEntry) => a.to === b.to && (a.from ?? null) === (b.from ?? null) && Date.parse(a.at) === Date.parse(b.at);

/**
 * The history the API returned plus the events received live since, oldest first: an event that
 * the history already holds (the page reloaded after it) or that came twice (same eventId) is
 * shown once; the history's version wins, since it carries the actor.
 */
export function mergeTimeline(history: readonly TimelineEntry[], live: readonly TimelineEntry[]): TimelineEntry[] {
  const merged: TimelineEntry[] = [...history];
  const seenEvents = new Set<string>();
  for (const event of live) {
    if (event.eventId && seenEvents.has(event.eventId)) continue;
    if (event.eventId) seenEvents.add(event.eventId);
    if (!merged.some((entry) => sameStep(entry, event))) merged.push(event);
  }
  return merged
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The newest request for information: the comment the applicant is asked to answer. */
export function openInformationRequest(timeline: readonly TimelineEntry[]): TimelineEntry | null {
  const last = timeline[timeline.length - 1];
  return last && last.to === 'INFO_REQUESTED' ? last : null;
}
