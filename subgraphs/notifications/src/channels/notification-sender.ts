/** The channels beside in-app (which is the notification itself). */
export type Channel = 'EMAIL' | 'SMS';

export interface OutgoingMessage {
  channel: Channel;
  /** Email address or E.164 phone number. */
  to: string;
  /** Email subject; null for SMS. */
  subject: string | null;
  text: string;
  /**
   * Our delivery id, passed as the provider's idempotency/reference key: retries of one
   * delivery carry the same reference.
   */
  reference: string;
}

/** A provider's view of one message, as status callbacks or status APIs report it. */
export type ProviderStatus = 'created' | 'sending' | 'delivered' | 'permanent-failure' | 'temporary-failure';

export interface ProviderStatusReport {
  status: ProviderStatus;
  /** The provider's reason for a failure (bounce, unreachable subscriber…). */
  detail: string | null;
}

/**
 * An email or SMS provider adapter (an SMTP relay, an SMS gateway, the sandbox). send() hands a
 * message over and returns the provider's id for it; status() asks how it is going.
 */
export interface NotificationSender {
  readonly channel: Channel;
  /** For logs and the delivery record, e.g. 'sandbox'. */
  readonly provider: string;
  send(message: OutgoingMessage): Promise<{ providerMessageId: string }>;
  status(providerMessageId: string): Promise<ProviderStatusReport>;
}

/**
 * Thrown by send() when the provider refuses the message for good (an address it can never
 * deliver to); any other error counts as temporary and is retried.
 */
export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
}
