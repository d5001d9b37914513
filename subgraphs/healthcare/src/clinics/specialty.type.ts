import { Field, ID, ObjectType } from 'type-graphql';

/** A medical specialty (терапевт, педиатр…); its name is resolved in the caller's language. */
@ObjectType('Specialty', { description: 'A medical specialty doctors are booked by.' })
export class SpecialtyType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable slug, e.g. "therapist", "ophthalmologist".' })
  code!: string;

  // Read by the `name` field resolver.
  nameRu!: string;
  nameEn!: string;
}
