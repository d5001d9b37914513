/** A Service reference needs nothing loaded: `stats` is computed from the id. */
export const serviceReference = {
  __resolveReference(reference: { id: string }) {
    return { id: reference.id };
  },
};
