import { UserError } from '@eco/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ChildType } from './child.type';
import type { ChildRecord } from './children.service';

@ObjectType()
export class AddChildPayload {
  @Field(() => ChildType, { nullable: true })
  child!: ChildRecord | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RemoveChildPayload {
  @Field(() => ID, { nullable: true })
  removedChildId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
