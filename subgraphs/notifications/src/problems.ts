import { codedProblem, CONTACT_CODES, outcomeHelpers, type CodedProblem, type Outcome as KitOutcome } from '@eco/kit';

/** Codes of notifications' expected failures (returned as userErrors, never thrown). */
export const NOTIFICATIONS_CODES = [
  'MARK_READ_TARGET_REQUIRED',
  'MARK_READ_TARGET_AMBIGUOUS',
  'TOO_MANY_IDS',
  'NOTIFICATION_NOT_FOUND',
  // A bad email or phone gets the same codes as at registration (the kit's rules).
  ...CONTACT_CODES,
  'UNKNOWN_EVENT_TYPE',
  'EVENT_TYPES_REQUIRED',
  'URL_INVALID',
  'URL_SCHEME_NOT_ALLOWED',
  'URL_CREDENTIALS_NOT_ALLOWED',
  'URL_TOO_LONG',
  'WEBHOOK_NOT_FOUND',
  'WEBHOOK_DISABLED',
  'WEBHOOK_DELIVERY_NOT_FOUND',
  'WEBHOOK_DELIVERY_PENDING',
] as const;

export type NotificationsCode = (typeof NOTIFICATIONS_CODES)[number];

/** An expected failure as the services report it: no language, no GraphQL. */
export type NotificationsProblem = CodedProblem<NotificationsCode>;

export const problem = codedProblem<NotificationsCode>;

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = KitOutcome<T, NotificationsProblem>;
export const { success, failure } = outcomeHelpers<NotificationsProblem>();
