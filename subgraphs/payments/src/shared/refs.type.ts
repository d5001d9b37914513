import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's User, known here by its key; payments adds `invoices`. */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserRef {
  @Field(() => ID)
  id!: string;
}

/** taxes-fines' Fine, known by its key; payments adds `invoice`. */
@Directive('@key(fields: "id")')
@ObjectType('Fine')
export class FineRef {
  @Field(() => ID)
  id!: string;
}

/** taxes-fines' TaxAccrual, known by its key; payments adds `invoice`. */
@Directive('@key(fields: "id")')
@ObjectType('TaxAccrual')
export class TaxAccrualRef {
  @Field(() => ID)
  id!: string;
}

/** applications' Application, known by its key; payments adds its state-fee `invoice`. */
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
