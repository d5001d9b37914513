import { Type, type TProperties } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { Id, Instant, Nullable, Text } from './payload-types';

const PRODUCER = 'identity';

const literals = <const T extends readonly string[]>(values: T) => Type.Union(values.map((value: T[number]) => Type.Literal(value)));
const MfaMethod = literals(['TOTP', 'SMS', 'RECOVERY_CODE']);
const DocumentKind = literals(['SNILS', 'INN', 'PASSPORT', 'DRIVER_LICENCE']);
const Count = Type.Integer({ minimum: 0 });

/**
 * identity's security events, `security.<action>`, all of one shape: who did it (null: nobody
 * signed in yet), what it concerns (the payload repeats the event's subject) and `details`. The
 * audit journal records every one of them generically; notifications also follows
 * `security.api_client_revoked`. Told to nobody live: the audience names the account's owner.
 * Ids, methods, reasons, the masked IP only: never an email, phone, code, document number or password.
 */
function securityEvent<Subject extends string, Details extends TProperties, More extends TProperties = {}>(
  action: string,
  description: string,
  subjectType: Subject,
  details: Details,
  more?: More,
) {
  return defineEvent({
    name: `security.${action}`,
    producer: PRODUCER,
    description,
    payload: Type.Object({
      actorId: Nullable(Id),
      ...(more ?? ({} as More)),
      subjectType: Type.Literal(subjectType),
      subjectId: Id,
      /** The x-request-id of the request (null: not from a request). */
      requestId: Nullable(Type.String()),
      at: Instant,
      details: Type.Object({
        /** The caller's IP masked to its /24 (IPv4) or /48 (IPv6), when known. */
        ipMasked: Type.Optional(Text),
        ...details,
      }),
    }),
  });
}

/** A password login succeeded and a session started (after the second factor, when one was asked). */
export const securityLoginSucceeded = securityEvent('login_succeeded', 'A login succeeded.', 'User', {
  sessionId: Id,
  /** PASSWORD, PASSWORD_TRUSTED_DEVICE or PASSWORD+<MFA method>. */
  method: Text,
});

/** A login was refused: the journal counts guesses (subjectId "unknown" for a login naming no account). */
export const securityLoginFailed = securityEvent('login_failed', 'A login was refused.', 'User', {
  reason: literals(['UNKNOWN_LOGIN', 'ACCOUNT_LOCKED', 'WRONG_PASSWORD', 'WRONG_PASSWORD_LOCKED']),
});

/** A login from a new device was asked for a second factor. */
export const securityMfaChallengeIssued = securityEvent('mfa_challenge_issued', 'A second factor was asked for.', 'User', {
  challengeId: Id,
  methods: Type.Array(MfaMethod),
  newDevice: Type.Boolean(),
});

/** A second factor was answered correctly (the login's session follows in the same transaction). */
export const securityMfaVerified = securityEvent('mfa_verified', 'A second factor was verified.', 'User', {
  challengeId: Id,
  method: MfaMethod,
  deviceRemembered: Type.Boolean(),
});

/** A second factor was answered wrongly, too late or too often. */
export const securityMfaFailed = securityEvent('mfa_failed', 'A second factor was refused.', 'User', {
  challengeId: Id,
  method: MfaMethod,
  /** The error code the caller got, e.g. MFA_CODE_INVALID. */
  reason: Text,
});

/** The account holder turned a second-factor method on. */
export const securityMfaEnabled = securityEvent('mfa_enabled', 'A second-factor method was turned on.', 'User', {
  method: literals(['TOTP', 'SMS']),
  /** How many recovery codes were issued with it (0: the account had them already). */
  recoveryCodesIssued: Count,
});

/** The account holder turned every second-factor method off (recovery codes and trusted devices go too). */
export const securityMfaDisabled = securityEvent('mfa_disabled', 'Second factors were turned off.', 'User', {
  methods: Type.Array(literals(['TOTP', 'SMS'])),
});

/** The account's email address was confirmed with its code. */
export const securityEmailConfirmed = securityEvent('email_confirmed', 'An email address was confirmed.', 'User', {});

/** A password reset code was sent to the account (the answer to the request never tells). */
export const securityPasswordResetRequested = securityEvent('password_reset_requested', 'A password reset code was sent.', 'User', {
  channel: literals(['EMAIL', 'SMS']),
});

/** The password was reset with a code; every session of the account ended. */
export const securityPasswordReset = securityEvent('password_reset', 'A password was reset.', 'User', {
  sessionsRevoked: Count,
});

/** A session (refresh-token family) ended: logout, token reuse, the user's choice or a password reset. */
export const securitySessionRevoked = securityEvent('session_revoked', 'A session was revoked.', 'Session', {
  reason: literals(['LOGOUT', 'REUSE', 'REVOKED_BY_USER', 'PASSWORD_RESET']),
});

/** The account holder added an identity document (SNILS, INN, passport, driver licence). */
export const securityDocumentAdded = securityEvent('document_added', 'An identity document was added.', 'Document', {
  kind: DocumentKind,
});

/** The account holder replaced one of their identity documents. */
export const securityDocumentChanged = securityEvent('document_changed', 'An identity document was changed.', 'Document', {
  kind: DocumentKind,
});

/** The account holder's identity documents were read (decrypted) for them; the subject is the first. */
export const securityDocumentViewed = securityEvent('document_viewed', 'Identity documents were read.', 'Document', {
  documentIds: Type.Array(Id, { minItems: 1 }),
  kinds: Type.Array(DocumentKind, { minItems: 1 }),
});

/** A parent added a child (by birth certificate) to their account. */
export const securityChildAdded = securityEvent('child_added', 'A child was added.', 'Child', {});

/** A parent removed a child from their account. */
export const securityChildRemoved = securityEvent('child_removed', 'A child was removed.', 'Child', {});

/** An employee read the contacts of a person who applied to their department (the audience: that person). */
export const securityApplicantContactRead = securityEvent(
  'applicant_contact_read',
  "An employee read an applicant's contacts.",
  'User',
  {
    departmentId: Nullable(Id),
    /** The department's applications of that person that allowed it. */
    applicationIds: Type.Array(Id),
  },
  { actorType: Type.Literal('EMPLOYEE') },
);

/** An API client was revoked: its tokens stop working, notifications disables its webhooks. */
export const securityApiClientRevoked = securityEvent('api_client_revoked', 'An API client was revoked.', 'ApiClient', {
  /** The client's public client_id (the subject is its UUID). */
  clientId: Text,
  keyType: literals(['TEST', 'LIVE']),
});

/** Every security event identity writes. */
export const SECURITY_EVENTS = [
  securityLoginSucceeded,
  securityLoginFailed,
  securityMfaChallengeIssued,
  securityMfaVerified,
  securityMfaFailed,
  securityMfaEnabled,
  securityMfaDisabled,
  securityEmailConfirmed,
  securityPasswordResetRequested,
  securityPasswordReset,
  securitySessionRevoked,
  securityDocumentAdded,
  securityDocumentChanged,
  securityDocumentViewed,
  securityChildAdded,
  securityChildRemoved,
  securityApplicantContactRead,
  securityApiClientRevoked,
] as const;

export type SecurityEventContract = (typeof SECURITY_EVENTS)[number];
