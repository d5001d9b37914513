import { DateScalar } from '@eco/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { BirthCertificateData, Sex } from './children.service';

export enum SexEnum {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(SexEnum, { name: 'Sex' });

@ObjectType({ description: 'Свидетельство о рождении: in full for the parent, masked for administrators.' })
export class BirthCertificate {
  @Field({ description: 'Roman numeral, hyphen, two Cyrillic letters: "IV-МЮ"; masked ("***") unless the viewer is the parent.' })
  series!: string;

  @Field({ description: 'Six digits; masked ("***456") unless the viewer is the parent.' })
  number!: string;

  @Field(() => DateScalar)
  issueDate!: string;
}

/** A parent's child; other subgraphs (education) refer to it by id with the parent's token. */
@Directive('@key(fields: "id")')
@ObjectType('Child', { description: "A user's child (family): only the parent sees it." })
export class ChildType {
  @Field(() => ID)
  id!: string;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Patronymic; not everyone has one.' })
  middleName!: string | null;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => SexEnum)
  sex!: Sex;

  // Exposed through ChildResolver.birthCertificate (masking depends on the viewer).
  birthCertificate!: BirthCertificateData;
  parentId!: string;
}
