import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The catalog's Department, known here only by its key (the department code, e.g. "MVD"). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Department')
export class DepartmentRef {
  @Field(() => ID)
  id!: string;
}
