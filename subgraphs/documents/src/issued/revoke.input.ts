import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class RevokeIssuedDocumentInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Why it is withdrawn (up to 500 characters); kept with the document.' })
  reason!: string;
}
