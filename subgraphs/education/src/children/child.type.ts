import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's Child, known here by its key; its fields come from identity (for the parent only). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Child')
export class ChildRef {
  @Field(() => ID)
  id!: string;
}
