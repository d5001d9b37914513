import { Field, ID, InputType } from 'type-graphql';
import { QueueFilter } from '../queue/queue.input';
import { QueueOrder } from '../queue/queue-order';

@InputType()
export class SaveQueueFilterInput {
  @Field({ description: 'Unique among your filters; saving under an existing name replaces that filter.' })
  name!: string;

  @Field(() => QueueFilter)
  filter!: QueueFilter;

  @Field(() => QueueOrder, { nullable: true })
  orderBy?: QueueOrder | null;
}

@InputType()
export class DeleteSavedFilterInput {
  @Field(() => ID)
  id!: string;
}
