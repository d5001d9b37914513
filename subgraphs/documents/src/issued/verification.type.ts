import { Field, ObjectType } from 'type-graphql';

/** What anyone may learn about an issued document: the recipient's name masked. */
@ObjectType({ description: 'An issued document as a verifier sees it.' })
export class IssuedDocumentSummary {
  @Field()
  number!: string;

  @Field()
  title!: string;

  @Field({ description: 'The recipient, masked: «И***в И. И.».' })
  recipient!: string;

  @Field()
  issuedAt!: Date;

  @Field()
  departmentName!: string;

  @Field()
  revoked!: boolean;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'The answer of verifyDocument.' })
export class DocumentVerification {
  @Field({ description: 'Issued by the portal, signed with its published key, and not revoked.' })
  valid!: boolean;

  @Field(() => IssuedDocumentSummary, { nullable: true, description: 'null when the portal issued no such document.' })
  issuedDocument!: IssuedDocumentSummary | null;
}
