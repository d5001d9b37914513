import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Exactly one of sha256 (of the file you hold) or id (from the QR code on it).' })
export class VerifyDocumentInput {
  @Field(() => String, { nullable: true, description: "Hex SHA-256 of the PDF's bytes: also proves the file is unaltered." })
  sha256?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document id the QR code links to: proves it was issued and is in force.' })
  id?: string | null;
}
