/** A User reference needs nothing loaded: its fields here are lists keyed by the id. */
export const userReference = {
  __resolveReference(reference: { id: string }) {
    return { id: reference.id };
  },
};
