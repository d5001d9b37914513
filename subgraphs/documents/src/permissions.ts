import { allow, forbidden, hasRole, isApiClientViewer, isAuthenticated, isCitizen, notFound, Role, rule, unauthenticated, type IRules } from '@eco/kit';
import type { DocumentsContext } from './context';
import { canViewDocument, canViewIssuedDocument, isDocumentOwner, isRecipient, type DocumentAccessFacts, type IssuedAccessFacts } from './documents/document-access';
import { documentLoader } from './loaders';

/**
 * Who may do what with documents. Fallback is deny (kit): a field without a rule is closed.
 *
 * Uploads are their owner's; once attached, also the attaching department's employees'. Anything
 * else — someone else's document, an unknown id — is the same NOT_FOUND, so nobody learns that a
 * document exists. An API client's token acts for nobody and reads no personal document.
 * Results are seen by their recipient and by the issuing department; the bytes by the recipient.
 * Every rule is `no_cache`: shield's contextual cache would answer for the first list item for all.
 */

/** Anonymous: sign in. An API client: never. Otherwise null (the row decides). */
const refusePersonless = (ctx: DocumentsContext) => {
  if (!ctx.viewer.userId) return unauthenticated();
  if (isApiClientViewer(ctx.viewer)) return forbidden('API client tokens cannot read personal documents');
  return null;
};

/** Query.document: decided on the loaded row; missing and not-yours answer alike. */
const canSeeDocumentById = rule('canSeeDocumentById', { cache: 'no_cache' })(async (_parent, args: { id: string }, ctx: DocumentsContext) => {
  const refused = refusePersonless(ctx);
  if (refused) return refused;
  const document = await documentLoader(ctx).load(args.id);
  return document && canViewDocument(ctx.viewer, document) ? true : notFound('Document');
});

/** Every Document field, also through `_entities` (Application.attachments). */
const canSeeDocument = rule('canSeeDocument', { cache: 'no_cache' })((document: DocumentAccessFacts, _args, ctx: DocumentsContext) => {
  const refused = refusePersonless(ctx);
  if (refused) return refused;
  return canViewDocument(ctx.viewer, document) ? true : notFound('Document');
});

/** What the scanner found is told to the owner only. */
const isOwnerOfDocument = rule('isOwnerOfDocument', { cache: 'no_cache' })((document: DocumentAccessFacts, _args, ctx: DocumentsContext) => {
  const refused = refusePersonless(ctx);
  if (refused) return refused;
  if (isDocumentOwner(ctx.viewer, document)) return true;
  return canViewDocument(ctx.viewer, document) ? forbidden('Only the owner can see this') : notFound('Document');
});

const canSeeIssuedDocument = rule('canSeeIssuedDocument', { cache: 'no_cache' })((issued: IssuedAccessFacts, _args, ctx: DocumentsContext) => {
  const refused = refusePersonless(ctx);
  if (refused) return refused;
  return canViewIssuedDocument(ctx.viewer, issued) ? true : notFound('IssuedDocument');
});

/** The PDF itself goes to the person it was issued to. */
const isRecipientOfIssuedDocument = rule('isRecipientOfIssuedDocument', { cache: 'no_cache' })((issued: IssuedAccessFacts, _args, ctx: DocumentsContext) => {
  const refused = refusePersonless(ctx);
  if (refused) return refused;
  if (isRecipient(ctx.viewer, issued)) return true;
  return canViewIssuedDocument(ctx.viewer, issued) ? forbidden('Only the recipient can download the result') : notFound('IssuedDocument');
});

/** Revoking is staff work: an employee (the service checks it is their department's result) or an administrator. */
const isEmployeeOrAdmin = rule('isEmployeeOrAdmin', { cache: 'no_cache' })((_parent, _args, ctx: DocumentsContext) => {
  const refused = refusePersonless(ctx);
  if (refused) return refused;
  return hasRole(ctx.viewer, Role.EMPLOYEE) || hasRole(ctx.viewer, Role.ADMIN) ? true : forbidden('Requires role EMPLOYEE or ADMIN');
});

export const permissions: IRules = {
  Query: {
    document: canSeeDocumentById,
    myDocuments: isAuthenticated,
    // Anyone holding a document may check it: anonymous visitors and API clients too.
    verifyDocument: allow,
  },
  Mutation: {
    createUpload: isCitizen,
    revokeIssuedDocument: isEmployeeOrAdmin,
  },
  Document: { '*': canSeeDocument, quarantineReason: isOwnerOfDocument },
  IssuedDocument: { '*': canSeeIssuedDocument, downloadUrl: isRecipientOfIssuedDocument },
  // The issued document it returns obeys the IssuedDocument rules.
  Application: { id: allow, resultDocument: isAuthenticated },
  DocumentConnection: allow,
  DocumentEdge: allow,
  CreateUploadPayload: allow,
  RevokeIssuedDocumentPayload: allow,
  DocumentVerification: allow,
  IssuedDocumentSummary: allow,
};
