import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { Id, Instant, Nullable, Text } from './payload-types';

const PRODUCER = 'documents';

/**
 * The virus scanner flagged an upload: its bytes are deleted and notifications tells the owner
 * why it was not accepted. Told to the owner (audience), not live.
 */
export const documentQuarantined = defineEvent({
  name: 'document.quarantined',
  producer: PRODUCER,
  description: 'An upload was quarantined by the virus scanner.',
  payload: Type.Object({
    documentId: Id,
    ownerId: Id,
    /** As the owner named the file (sanitized). */
    fileName: Text,
    /** The scanner's finding, e.g. the signature's name. */
    reason: Text,
    /** Uploaded by a sandbox (test) citizen. */
    sandbox: Type.Boolean(),
  }),
});

/**
 * Someone other than the owner read an upload's bytes, committed before a byte is sent: for the
 * audit journal ("who saw my data"). Ids only; no audience.
 */
export const documentRead = defineEvent({
  name: 'document.read',
  producer: PRODUCER,
  description: 'Someone other than its owner read an uploaded document.',
  payload: Type.Object({
    documentId: Id,
    ownerId: Id,
    /** The reader ("unknown" when a signed link does not say who it was issued to). */
    actorId: Id,
    /** The reader's first role, EMPLOYEE for a signed link, UNKNOWN when the token has none. */
    actorRole: Text,
    departmentId: Nullable(Id),
    attachedToType: Nullable(Text),
    attachedToId: Nullable(Id),
    /** How the reader was recognised: their token, or a link issued to them. */
    via: Type.Union([Type.Literal('TOKEN'), Type.Literal('SIGNED_LINK')]),
    requestId: Nullable(Type.String()),
    at: Instant,
  }),
});

/** An application's signed result document was issued: notifications tells the recipient it is ready. */
export const documentIssued = defineEvent({
  name: 'document.issued',
  producer: PRODUCER,
  description: 'A signed result document was issued.',
  payload: Type.Object({
    issuedDocumentId: Id,
    applicationId: Id,
    recipientId: Id,
    /** The result document's own number. */
    number: Text,
    applicationNumber: Text,
    /** The service's title, as printed on the document. */
    title: Text,
    sandbox: Type.Boolean(),
  }),
});

/** An issued result was withdrawn (it no longer verifies): told to its recipient. */
export const documentRevoked = defineEvent({
  name: 'document.revoked',
  producer: PRODUCER,
  description: 'An issued result document was revoked.',
  payload: Type.Object({
    issuedDocumentId: Id,
    applicationId: Id,
    recipientId: Id,
    number: Text,
    /** The employee or administrator who revoked it. */
    actorId: Id,
    at: Instant,
  }),
});
