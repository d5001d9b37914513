import { Field, ID, ObjectType } from 'type-graphql';
import { DeadlineBucket } from '../deadlines/deadline-bucket';
import { QueueOrder } from '../queue/queue-order';
import { ApplicationStatus, Priority } from '../shared/enums';

@ObjectType('QueueFilterValues', { description: 'A queue filter as saved (the fields of QueueFilter).' })
export class QueueFilterValuesType {
  @Field(() => [ApplicationStatus], { nullable: true })
  status!: ApplicationStatus[] | null;

  @Field(() => DeadlineBucket, { nullable: true })
  deadlineBucket!: DeadlineBucket | null;

  @Field(() => ID, { nullable: true })
  serviceId!: string | null;

  @Field(() => Priority, { nullable: true })
  priority!: Priority | null;

  @Field(() => ID, { nullable: true })
  assigneeId!: string | null;

  @Field(() => Boolean, { nullable: true })
  unassigned!: boolean | null;
}

@ObjectType('SavedFilter', { description: "One of an employee's named queue filters." })
export class SavedFilterType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => QueueFilterValuesType)
  filter!: QueueFilterValuesType;

  @Field(() => QueueOrder, { nullable: true })
  orderBy!: QueueOrder | null;

  @Field()
  createdAt!: Date;

  /** Read by the isOwnerOfSavedFilter rule. */
  ownerId!: string;
}
