import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DocumentPurpose, DocumentStatus } from '../shared/enums';

/**
 * A file a person uploaded: theirs alone until a department's record takes it
 * (`documents.attached`), then also readable by that department's employees.
 */
@Directive('@key(fields: "id")')
@ObjectType('Document', { description: 'A file a person uploaded (an attachment, evidence, a proof).' })
export class DocumentType {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentPurpose)
  purpose!: DocumentPurpose;

  @Field({ description: 'The file name as stored: no folders, control or direction-changing characters.' })
  fileName!: string;

  @Field({ description: 'The type declared in createUpload.' })
  declaredContentType!: string;

  @Field(() => String, { nullable: true, description: "The type told from the file's own bytes; null until uploaded." })
  contentType!: string | null;

  @Field(() => Int, { description: 'Bytes: as declared until the upload, then as stored (photo metadata removed).' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the stored bytes (also the download ETag); null until uploaded.' })
  sha256!: string | null;

  @Field(() => DocumentStatus)
  status!: DocumentStatus;

  @Field(() => String, { nullable: true, description: 'What the virus scanner found, for a QUARANTINED file. Its owner only.' })
  quarantineReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of record it is attached to, e.g. "Application"; null while unattached.' })
  attachedToType!: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of that record.' })
  attachedToId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  uploadedAt!: Date | null;

  @Field({ description: 'Uploaded by a sandbox (test) user.' })
  sandbox!: boolean;

  // Stored columns the rules and resolvers read.
  ownerId!: string;
  departmentId!: string | null;
  blobKey!: string | null;
}

/** `DocumentConnection` / `DocumentEdge`: a page of a person's uploads (Relay). */
export const DocumentConnection = ConnectionType('Document', DocumentType);
