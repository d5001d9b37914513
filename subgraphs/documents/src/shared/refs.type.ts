import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** applications' Application, known by its key; documents adds its `resultDocument`. */
@Directive('@key(fields: "id")')
@ObjectType('Application')
export class ApplicationRef {
  @Field(() => ID)
  id!: string;
}

/** Stubs need nothing loaded: their fields here are computed from the id. */
export const stubReference = {
  __resolveReference(reference: { id: string }) {
    return { id: reference.id };
  },
};
