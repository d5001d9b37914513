/** A User reference needs nothing loaded: its field here is a list keyed by the id. */
export const userReference = {
  __resolveReference(reference: { id: string }) {
    return { id: reference.id };
  },
};
