import { DateScalar, Role } from '@eco/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import './role.enum';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person with an account on the portal.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Patronymic; not everyone has one.' })
  middleName!: string | null;

  @Field(() => DateScalar)
  birthDate!: Date;

  @Field({ description: 'Lower-case.' })
  email!: string;

  @Field({ description: 'E.164, e.g. +79123456789.' })
  phone!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  createdAt!: Date;

  /** Not in the schema: exposed as `department`. */
  departmentId!: string | null;
}
