import { PageArgs } from '@eco/kit';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class NotificationsPageArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only notifications not read yet.' })
  unreadOnly?: boolean | null;
}
