/** Any User id resolves here; what it exposes is guarded by the User rules (only the user themself). */
export const userReference = {
  __resolveReference(reference: { id: string }) {
    return { id: reference.id };
  },
};
