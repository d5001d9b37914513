import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GovernmentLevel } from '../shared/enums';

/**
 * A department (ministry, service, fund) that provides services. Its id IS its code ("MVD"):
 * other subgraphs store the code and reference `Department { id }`.
 */
@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('Department', { description: 'A government body providing public services.' })
export class DepartmentType {
  @Field(() => ID, { description: 'The department code, e.g. "MVD" (the same as `code`).' })
  id!: string;

  @Field()
  nameRu!: string;

  @Field()
  nameEn!: string;

  @Field({ description: 'Common short name, e.g. "МВД России".' })
  shortName!: string;

  @Field(() => GovernmentLevel)
  level!: GovernmentLevel;

  @Field(() => String, { nullable: true, description: 'Official website.' })
  website!: string | null;
}
