import type { IdentityContext } from '../context';
import type { IdentityDocumentsData } from './document-data';

/** Batched, decrypted documents per user for this request. */
export function documentsLoader(ctx: IdentityContext) {
  return ctx.loaders.get<string, IdentityDocumentsData>('identity.documentsByUserId', (userIds) =>
    ctx.services.documents.documentsForUsers(userIds),
  );
}
