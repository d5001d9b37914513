import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The documents subgraph's Document (an upload), as every subgraph that takes document ids refers
 * to it: by key only. Who may read each document the documents subgraph decides.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Document')
export class DocumentRef {
  @Field(() => ID)
  id!: string;
}
