import { Field, InputType, Int } from 'type-graphql';
import { DocumentPurpose } from '../shared/enums';

@InputType({ description: 'The file about to be uploaded, as the browser describes it.' })
export class CreateUploadInput {
  @Field({ description: 'Its name; folders, control and direction-changing characters are removed.' })
  fileName!: string;

  @Field({ description: 'application/pdf, image/jpeg, image/png or image/heic; checked against the bytes on upload.' })
  contentType!: string;

  @Field(() => Int, { description: 'Its exact size in bytes; the upload must be exactly this long.' })
  size!: number;

  @Field(() => DocumentPurpose)
  purpose!: DocumentPurpose;
}
