/** What identity sends to people: codes only, by email or SMS. */
export type MessageChannel = 'EMAIL' | 'SMS';
export type MessagePurpose = 'EMAIL_CONFIRMATION' | 'PASSWORD_RESET' | 'SMS_ENROLLMENT' | 'MFA_SMS';

export interface OutgoingMessage {
  channel: MessageChannel;
  /** An email address or an E.164 phone number. */
  to: string;
  purpose: MessagePurpose;
  text: string;
}

/** An email/SMS operator. Implementations must not log the text: it carries a code. */
export interface MessageSender {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}
