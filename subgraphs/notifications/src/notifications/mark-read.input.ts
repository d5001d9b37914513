import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Either some notifications (ids) or all of them (all: true).' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'At most 100; each must be one of your notifications.' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark every unread notification read.' })
  all?: boolean | null;
}
