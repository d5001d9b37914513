import { ConnectionType, JSONObjectScalar } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ActorRole, ApplicationStatus, Priority } from '../shared/enums';

/**
 * A citizen's application for a public service. Resolvers return the stored row; the related
 * and computed fields (applicant, service, history…) are in application-fields.resolver.ts.
 */
@Directive('@key(fields: "id")')
@ObjectType('Application', { description: "A citizen's application for a public service and its way through the department." })
export class ApplicationType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Human-readable number: year and a per-year counter, e.g. "2026-000123".' })
  number!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => Priority)
  priority!: Priority;

  @Field({
    description:
      'When the department must decide: the end of the last of the service\'s processing days (working days, Moscow time), counted from registration; before registration, provisionally from submission.',
  })
  deadline!: Date;

  @Field(() => String, {
    nullable: true,
    description: "The applicant's full name as it stood in their profile when they applied (null if identity could not be reached).",
  })
  applicantName!: string | null;

  @Field(() => JSONObjectScalar, { description: "The form as the applicant filled it in (validated against the service's form schema)." })
  formData!: Record<string, unknown>;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  registeredAt!: Date | null;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was completed or rejected.' })
  completedAt!: Date | null;

  @Field(() => Int, { description: "The service's state fee in kopecks when the application was filed; 0: free." })
  stateFeeKopecks!: number;

  @Field(() => Date, { nullable: true, description: 'When the state fee was paid (reported by payments); null while unpaid or free.' })
  stateFeePaidAt!: Date | null;

  // Stored columns the field resolvers read; not exposed under these names.
  applicantId!: string;
  serviceId!: string;
  departmentId!: string;
  assigneeId!: string | null;
  serviceTitleRu!: string;
  serviceTitleEn!: string;
  documentRef!: string | null;
  decision!: string | null;
  rejectionReason!: string | null;
  attachmentIds!: string[];
}

@ObjectType('ApplicationResult', { description: 'The outcome of a decided application.' })
export class ApplicationResultType {
  @Field(() => String, { nullable: true, description: "The department's decision, as printed on the signed result document (set when COMPLETED)." })
  decision!: string | null;

  @Field(() => String, { nullable: true, description: 'Reference to a result issued outside the portal, if the department gave one (COMPLETED).' })
  documentRef!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the application was refused (set when REJECTED).' })
  rejectionReason!: string | null;
}

@ObjectType('StatusChange', { description: 'One step of an application through its workflow.' })
export class StatusChangeType {
  @Field(() => ApplicationStatus, { nullable: true, description: 'null for the submission itself.' })
  from!: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  to!: ApplicationStatus;

  @Field(() => ActorRole)
  actorRole!: ActorRole;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true, description: "The actor's comment (a request for information, a rejection reason…)." })
  comment!: string | null;

  // Read by the `actor` field resolver.
  actorId!: string | null;
}

/** `ApplicationConnection` / `ApplicationEdge`: one page of applications (Relay). */
export const ApplicationConnection = ConnectionType('Application', ApplicationType);
