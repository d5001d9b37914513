import { PageArgs } from '@eco/kit';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { DeadlineBucket } from '../deadlines/deadline-bucket';
import { ApplicationStatus, Priority } from '../shared/enums';
import { QueueOrder } from './queue-order';

@InputType({ description: 'All given conditions apply together (AND).' })
export class QueueFilter {
  @Field(() => [ApplicationStatus], {
    nullable: true,
    description: 'Any of these statuses (a single value is accepted too). Default: the open ones — SUBMITTED, REGISTERED, IN_PROGRESS, INFO_REQUESTED.',
  })
  status?: ApplicationStatus[] | null;

  @Field(() => DeadlineBucket, { nullable: true })
  deadlineBucket?: DeadlineBucket | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => Priority, { nullable: true })
  priority?: Priority | null;

  @Field(() => ID, { nullable: true, description: 'Assigned to this employee.' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only unassigned ones; false: only assigned ones.' })
  unassigned?: boolean | null;
}

@ArgsType()
export class DepartmentQueueArgs extends PageArgs {
  @Field(() => QueueFilter, { nullable: true, description: 'Given fields override those of the saved filter, if one is applied.' })
  filter?: QueueFilter | null;

  @Field(() => QueueOrder, { nullable: true, description: "Default: the saved filter's order, else DEADLINE_ASC." })
  orderBy?: QueueOrder | null;

  @Field(() => ID, { nullable: true, description: 'Apply one of your saved filters.' })
  savedFilterId?: string | null;
}
