/** A User reference needs nothing loaded: its only field here is computed from the id. */
export const userReference = {
  __resolveReference(reference: { id: string }) {
    return { id: reference.id };
  },
};
