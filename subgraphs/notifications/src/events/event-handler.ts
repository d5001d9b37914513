import type { FeedEvent, LocalizedText } from '@eco/kit';

/** One in-app notification an event makes, in both languages; channels are decided later. */
export interface NotificationDraft {
  userId: string;
  title: LocalizedText;
  body: LocalizedText;
}

/**
 * What notifications does with one type of event. A handler is pure (no database, no GraphQL):
 * it turns an event into notification drafts; storing them, the outbox row, email/SMS and
 * webhook fan-out are the same for every type (see EventProcessor). Payments, appointments and
 * queues come as one more file in `handlers/`, listed in `handlers/index.ts`.
 */
export interface EventHandler {
  /** The event type, e.g. 'application.status_changed'; also what webhooks subscribe to. */
  type: string;
  /** The subgraph whose feed carries these events: a durable consumer of it is started. */
  source: string;
  /** How the kind of event is called in the preferences screen. */
  label: LocalizedText;
  /**
   * false: the event is for its person only and no webhook may subscribe to it (a webhook of an
   * organisation receives every event of its types, all applicants'). Default: a webhook type.
   */
  webhook?: false;
  /** Channels a user who has not chosen gets, beside in-app (which cannot be turned off). */
  defaultChannels: { email: boolean; sms: boolean };
  /**
   * The notifications the event makes; null when the payload is not what this handler
   * understands (the event is then skipped with a warning rather than blocking the feed).
   */
  notificationsFor(event: FeedEvent): NotificationDraft[] | null;
}
