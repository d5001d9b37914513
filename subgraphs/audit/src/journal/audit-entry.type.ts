import { ConnectionType, JSONObjectScalar } from '@eco/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ActorType } from '../shared/enums';

/** One journal entry; readable by administrators only, also through `_entities`. */
@Directive('@key(fields: "id")')
@ObjectType('AuditEntry', { description: 'One entry of the security audit journal: who did what to which record, when, in which request; hash-chained to the entry before it.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  /** Exposed as decimal text by the resolver (a bigint is no GraphQL Int). */
  seq!: bigint;

  @Field(() => ID, { description: "The producer's event id (each event is journalled once)." })
  eventId!: string;

  @Field({ description: "The subgraph that reported it: 'identity', 'applications', 'payments'." })
  source!: string;

  @Field({ description: "What happened, e.g. 'security.login_failed', 'application.status_changed', 'payment.captured', 'payment.refunded'." })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'Who acted (a user or API client id); null when not known, e.g. a failed login for an unknown account.' })
  actorId!: string | null;

  @Field(() => ActorType)
  actorType!: ActorType;

  @Field({ description: "The kind of record acted on: 'User', 'Document', 'Session', 'Child', 'Application', 'Payment'." })
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String, { nullable: true, description: 'The x-request-id of the request that caused it, when known.' })
  requestId!: string | null;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field({ description: 'When the journal appended it.' })
  recordedAt!: Date;

  @Field(() => JSONObjectScalar, { description: 'Ids, statuses and amounts; never names, document numbers, emails or phones.' })
  details!: Record<string, unknown>;

  @Field({ description: "The hash of the previous entry (64 zeros for the first)." })
  prevHash!: string;

  @Field({ description: "sha256(prevHash + RFC 8785 canonical JSON of the entry's other fields), hex." })
  hash!: string;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends ConnectionType('AuditEntry', AuditEntryType) {}
