/** This subgraph's name as a producer: the source of its outbox events (declared in @eco/kit's contracts/documents.ts). */
export const DOCUMENTS_SOURCE = 'documents';
/** The subject of the events about an upload (`document.quarantined`, `document.read`). */
export const DOCUMENT_SUBJECT = 'Document';
/** The subject of the events about an issued result (`document.issued`, `document.revoked`). */
export const ISSUED_DOCUMENT_SUBJECT = 'IssuedDocument';
