import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { IssuedDocumentType } from './issued-document.type';

@ObjectType()
export class RevokeIssuedDocumentPayload {
  @Field(() => IssuedDocumentType, { nullable: true })
  issuedDocument!: IssuedDocumentType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
