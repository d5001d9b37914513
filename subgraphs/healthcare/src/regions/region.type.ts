import { Directive, Field, ObjectType } from 'type-graphql';

/** catalog's Region, known here by its code; the gateway fetches its names from catalog. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Region')
export class RegionRef {
  @Field({ description: 'Two-digit subject code of the FNS classifier, e.g. "77" (Moscow).' })
  code!: string;
}
