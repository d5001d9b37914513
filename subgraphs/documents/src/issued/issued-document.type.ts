import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A result the portal issued for an application: a PDF signed with the portal's Ed25519 key. */
@Directive('@key(fields: "id")')
@ObjectType('IssuedDocument', { description: 'A result document the portal issued (a signed PDF).' })
export class IssuedDocumentType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The document number printed on it, e.g. "ED-2026-000123".' })
  number!: string;

  @Field({ description: 'The service it is the result of.' })
  title!: string;

  @Field({ description: 'The recipient as printed on the document.' })
  recipientName!: string;

  @Field()
  departmentName!: string;

  @Field({ description: 'The decision as the department wrote it.' })
  decision!: string;

  @Field()
  fileName!: string;

  @Field(() => Int)
  size!: number;

  @Field({ description: 'Hex SHA-256 of the PDF: what verifyDocument and POST /documents/verify check.' })
  sha256!: string;

  @Field({ description: 'Base64url Ed25519 signature over the 32 bytes of that SHA-256.' })
  signature!: string;

  @Field({ description: 'The `kid` of the signing key in /documents/signing-keys.json.' })
  keyId!: string;

  @Field()
  issuedAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason!: string | null;

  // Stored columns the rules and resolvers read.
  applicationId!: string;
  recipientId!: string;
  departmentId!: string;
  blobKey!: string;
}
