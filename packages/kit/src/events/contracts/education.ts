// The education subgraph's events (see applications.ts for the shape of a declaration).
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { documentsAttachedBy } from './applications';
import { Id, Instant, Nullable, Text } from './payload-types';

const PRODUCER = 'education';

export const KINDERGARTEN_APPLICATION_STATUSES = ['QUEUED', 'OFFERED', 'ENROLLED', 'DECLINED', 'CANCELLED'] as const;
const KindergartenApplicationStatus = Type.Union(KINDERGARTEN_APPLICATION_STATUSES.map((status) => Type.Literal(status)));

export const SCHOOL_ENROLLMENT_STATUSES = ['SUBMITTED', 'ENROLLED', 'REFUSED'] as const;
const SchoolEnrollmentStatus = Type.Union(SCHOOL_ENROLLMENT_STATUSES.map((status) => Type.Literal(status)));

/** A kindergarten's or a school's number in its region (e.g. № 1234). */
const InstitutionNumber = Type.Integer({ minimum: 1 });

/**
 * A kindergarten application's status changed (its submission included: from null). Told live to
 * the parent and MINPROS; notifications and webhooks react. Ids, statuses and the kindergarten
 * only: never the child's name or documents.
 */
export const kindergartenApplicationStatusChanged = defineEvent({
  name: 'kindergarten_application.status_changed',
  producer: PRODUCER,
  description: 'A kindergarten application moved from one status to another.',
  liveFields: ['kindergartenApplicationStatusChanged'],
  payload: Type.Object({
    applicationId: Id,
    parentId: Id,
    childId: Id,
    from: Nullable(KindergartenApplicationStatus),
    to: KindergartenApplicationStatus,
    at: Instant,
    /** The kindergarten offered (OFFERED, ENROLLED, DECLINED after an offer); null before an offer. */
    kindergartenId: Nullable(Id),
    kindergartenNumber: Nullable(InstitutionNumber),
    kindergartenName: Nullable(Text),
    /** Until when the parent may answer an offer (OFFERED only). */
    offerExpiresAt: Nullable(Instant),
    /** Why it was closed: DECLINED by the PARENT or OFFER_EXPIRED; CANCELLED by the PARENT. */
    reason: Nullable(Type.Union([Type.Literal('PARENT'), Type.Literal('OFFER_EXPIRED')])),
  }),
});

/**
 * A first-grade enrollment's status changed (its submission included: from null), e.g. MINPROS
 * enrolled or refused the child. Told to the parent; notifications and webhooks react.
 */
export const schoolEnrollmentStatusChanged = defineEvent({
  name: 'school_enrollment.status_changed',
  producer: PRODUCER,
  description: 'A first-grade school enrollment moved from one status to another.',
  payload: Type.Object({
    enrollmentId: Id,
    parentId: Id,
    childId: Id,
    schoolId: Id,
    schoolNumber: InstitutionNumber,
    schoolName: Text,
    from: Nullable(SchoolEnrollmentStatus),
    to: SchoolEnrollmentStatus,
    at: Instant,
    /** The employee's comment on the decision. */
    comment: Nullable(Type.String()),
  }),
});

/** A kindergarten application's benefit documents, for MINPROS. */
export const kindergartenApplicationDocumentsAttached = documentsAttachedBy(PRODUCER);
