import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { DocumentType } from './document.type';

@ObjectType()
export class CreateUploadPayload {
  @Field(() => DocumentType, { nullable: true, description: 'The new document, AWAITING_UPLOAD; null on userErrors.' })
  document!: DocumentType | null;

  @Field(() => String, {
    nullable: true,
    description: "Where to send the file once (PUT the bytes, or POST multipart/form-data with one file part) with the same access token: a path on the API's own origin.",
  })
  uploadUrl!: string | null;

  @Field(() => Date, { nullable: true, description: 'The upload URL works until then (15 minutes).' })
  expiresAt!: Date | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
