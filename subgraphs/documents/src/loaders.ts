import type { DocumentsContext } from './context';
import type { DocumentRow } from './documents/documents.service';
import type { IssuedDocumentRow } from './issued/issued-documents.service';

/** The request's loaders: rules, field resolvers and `__resolveReference` share them. */
export const documentLoader = (ctx: DocumentsContext) => ctx.loaders.get<string, DocumentRow>('Document.byId', (ids) => ctx.services.documents.byIds(ids));
export const issuedDocumentLoader = (ctx: DocumentsContext) =>
  ctx.loaders.get<string, IssuedDocumentRow>('IssuedDocument.byId', (ids) => ctx.services.issued.byIds(ids));
export const resultDocumentLoader = (ctx: DocumentsContext) =>
  ctx.loaders.get<string, IssuedDocumentRow>('IssuedDocument.byApplicationId', (ids) => ctx.services.issued.byApplicationIds(ids));
