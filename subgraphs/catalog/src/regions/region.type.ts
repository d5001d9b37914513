import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A subject of the Russian Federation. Both `code` (what other subgraphs store) and `id` are
 * keys; the id IS the code, so either reference resolves the same region.
 */
@Directive('@key(fields: "code")')
@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('Region', { description: 'A subject of the Russian Federation (region).' })
export class RegionType {
  @Field({ description: 'Two-digit subject code of the FNS classifier, e.g. "77" (Moscow).' })
  code!: string;

  @Field()
  nameRu!: string;

  @Field()
  nameEn!: string;

  // Read by the field resolvers, not exposed under these names.
  federalDistrictRu!: string;
  federalDistrictEn!: string;
}
