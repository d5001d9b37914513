import type { EventContract, FeedEvent, LocalizedText, PayloadOf } from '@eco/kit';

/** One in-app notification an event makes, in both languages; channels are decided later. */
export interface NotificationDraft {
  userId: string;
  title: LocalizedText;
  body: LocalizedText;
}

/**
 * What notifications does with one kind of event, keyed by its contract (the kit's declaration:
 * its name is the notification's event type and what webhooks subscribe to). A handler is pure
 * (no database, no GraphQL): it turns the event's payload, already checked against the contract,
 * into notification drafts; storing them, the outbox row, email/SMS and webhook fan-out are the
 * same for every kind (see EventProcessor). A new kind of event: one more handler in `handlers/`,
 * listed in `handlers/index.ts`; subscriptions.ts subscribes to its contract.
 */
export interface EventHandler<C extends EventContract = EventContract> {
  contract: C;
  /** How the kind of event is called in the preferences screen. */
  label: LocalizedText;
  /**
   * false: the event is for its person only and no webhook may subscribe to it (a webhook of an
   * organisation receives every event of its types, all applicants'). Default: a webhook type.
   */
  webhook?: false;
  /** Channels a user who has not chosen gets, beside in-app (which cannot be turned off). */
  defaultChannels: { email: boolean; sms: boolean };
  /** The notifications the event makes (none: nobody needs to be told this time). */
  notificationsFor(payload: PayloadOf<C>, event: FeedEvent): NotificationDraft[];
}

/** Declares a handler with its payload typed by the contract. */
export const eventHandler = <C extends EventContract>(handler: EventHandler<C>): EventHandler<C> => handler;
