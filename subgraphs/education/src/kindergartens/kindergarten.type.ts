import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { KindergartenType } from '../shared/enums';

/** A kindergarten (детский сад); its groups and places: kindergarten.resolver.ts. */
@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('Kindergarten', { description: 'A municipal kindergarten (детский сад) with its age groups. Public.' })
export class KindergartenObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Its number in the region: «Детский сад №12».' })
  number!: number;

  @Field()
  name!: string;

  @Field({ description: "The catalog's region code, e.g. \"77\" (Moscow)." })
  regionCode!: string;

  @Field()
  district!: string;

  @Field()
  address!: string;

  @Field(() => KindergartenType)
  type!: KindergartenType;

  @Field({ description: 'Language of instruction, e.g. "русский".' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'E.g. "логопедические группы", "художественно-эстетическое развитие".' })
  specialisation!: string | null;
}

@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('KindergartenGroup', { description: 'An age group of a kindergarten: children from ageFromMonths up to (not including) ageToMonths.' })
export class KindergartenGroupObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'E.g. «Младшая группа (3–4 года)».' })
  name!: string;

  @Field(() => Int)
  ageFromMonths!: number;

  @Field(() => Int)
  ageToMonths!: number;

  @Field(() => Int)
  capacity!: number;

  // Stored columns the field resolvers read.
  kindergartenId!: string;
  enrolled!: number;
  reserved!: number;
}

@ObjectType('KindergartenConnection')
export class KindergartenConnection extends ConnectionType('Kindergarten', KindergartenObject) {}
