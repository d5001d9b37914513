import type { Problem } from '../errors/user-error';
import type { LocalizedText } from '../i18n/locale';
import { SubgraphCallError, SubgraphClient, type SubgraphCall } from './subgraph-client';

/** The documents subgraph's name in config.subgraphUrls, and its development URL. */
export const DOCUMENTS_SUBGRAPH = 'documents';
export const DEFAULT_DOCUMENTS_URL = 'http://localhost:4010/graphql';

/**
 * Why a document named in an input cannot be taken into a record. The same in every subgraph that
 * takes document ids, so they are declared once here (userErrors[].code, public contract).
 */
export const DocumentCode = {
  /** No such document, or not the caller's: one answer for both, so ids cannot be probed. */
  NOT_FOUND: 'DOCUMENT_NOT_FOUND',
  /** Not uploaded yet, not scanned yet, or quarantined: only a document scanned clean is taken. */
  NOT_CLEAN: 'DOCUMENT_NOT_CLEAN',
  /** Its detected content type is not one the field accepts. */
  TYPE_NOT_ALLOWED: 'DOCUMENT_TYPE_NOT_ALLOWED',
  /** The same document is named twice in one input. */
  DUPLICATE: 'DOCUMENT_DUPLICATE',
  /** The documents subgraph did not answer: nothing was stored, the caller may try again. */
  UNAVAILABLE: 'DOCUMENTS_UNAVAILABLE',
} as const;

export type DocumentCode = (typeof DocumentCode)[keyof typeof DocumentCode];

/** Every document code, for a subgraph's list of its userError codes. */
export const DOCUMENT_CODES = [DocumentCode.NOT_FOUND, DocumentCode.NOT_CLEAN, DocumentCode.TYPE_NOT_ALLOWED, DocumentCode.DUPLICATE, DocumentCode.UNAVAILABLE] as const;

/** Messages for the codes; `{allowed}` is filled from the problem's params. */
export const DOCUMENT_MESSAGES: Readonly<Record<DocumentCode, LocalizedText>> = {
  DOCUMENT_NOT_FOUND: { ru: 'Документ не найден среди ваших загруженных файлов', en: 'No such document among your uploads' },
  DOCUMENT_NOT_CLEAN: {
    ru: 'Документ ещё не загружен или не прошёл проверку на вирусы',
    en: 'The document is not uploaded yet or has not passed the virus check',
  },
  DOCUMENT_TYPE_NOT_ALLOWED: { ru: 'Недопустимый тип файла; допускаются: {allowed}', en: 'This file type is not accepted here; accepted: {allowed}' },
  DOCUMENT_DUPLICATE: { ru: 'Этот документ уже указан в заявлении', en: 'This document is already named in the application' },
  DOCUMENTS_UNAVAILABLE: {
    ru: 'Сервис документов временно недоступен — ничего не сохранено, повторите попытку позже',
    en: 'The documents service is unavailable right now — nothing was saved, please try again later',
  },
};

/** One document an input names: where (the input field's dotted path) and what that field accepts. */
export interface DocumentReference {
  id: string;
  field: string;
  /** Content types the field accepts (e.g. `image/jpeg`); empty or absent: any type. */
  allowedContentTypes?: readonly string[];
}

/** What is known of a document that passed: the documents subgraph's own facts. */
export interface CheckedDocument {
  id: string;
  status: string;
  contentType: string;
}

export interface DocumentProblem extends Problem {
  code: DocumentCode;
  params?: Record<string, string | number>;
}

/** Every problem at once, or the distinct documents in the order they were first named. */
export type DocumentCheck = { ok: true; documents: CheckedDocument[] } | { ok: false; problems: DocumentProblem[] };

/** What a subgraph that takes document ids depends on (the real client, or a seed's stand-in). */
export interface DocumentChecker {
  check(references: readonly DocumentReference[], call: SubgraphCall): Promise<DocumentCheck>;
}

export interface DocumentsClientOptions {
  /** The documents subgraph's GraphQL URL; null/undefined: not configured, any check with documents is DOCUMENTS_UNAVAILABLE. */
  url: string | null | undefined;
  timeoutMs?: number;
}

/** The only status a document may be taken in with. */
export const CLEAN_DOCUMENT_STATUS = 'CLEAN';

/** Ids are opaque to us, but a value that cannot be one is answered without asking. */
const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * Checks the documents an input names before a record takes them: through the documents
 * subgraph's `_entities` with the CALLER's token, so it shows the caller their own uploads only
 * (someone else's comes back null, exactly like a missing one: DOCUMENT_NOT_FOUND). Each must be
 * scanned CLEAN and of a content type its field accepts (the type detected from the bytes, not
 * the one the client claimed). The subgraph being down is a coded problem, never a thrown error.
 */
export class DocumentsClient implements DocumentChecker {
  private readonly documents: SubgraphClient | null;

  constructor(options: DocumentsClientOptions) {
    this.documents = options.url ? new SubgraphClient({ subgraph: DOCUMENTS_SUBGRAPH, url: options.url, timeoutMs: options.timeoutMs }) : null;
  }

  /** The documents subgraph at config.subgraphUrls.documents (its development URL when absent). */
  static fromSubgraphUrls(subgraphUrls: Readonly<Record<string, string>>, timeoutMs?: number): DocumentsClient {
    return new DocumentsClient({ url: subgraphUrls[DOCUMENTS_SUBGRAPH] ?? DEFAULT_DOCUMENTS_URL, timeoutMs });
  }

  async check(references: readonly DocumentReference[], call: SubgraphCall): Promise<DocumentCheck> {
    const problems: DocumentProblem[] = [];
    const distinct: DocumentReference[] = [];
    const named = new Set<string>();
    for (const reference of references) {
      if (!DOCUMENT_ID.test(reference.id)) problems.push({ field: reference.field, code: DocumentCode.NOT_FOUND });
      else if (named.has(reference.id)) problems.push({ field: reference.field, code: DocumentCode.DUPLICATE });
      else {
        named.add(reference.id);
        distinct.push(reference);
      }
    }
    if (distinct.length === 0) return problems.length > 0 ? { ok: false, problems } : { ok: true, documents: [] };

    const found = await this.lookup(distinct, call);
    if (found === null) return { ok: false, problems: [...problems, { field: null, code: DocumentCode.UNAVAILABLE }] };
    const documents: CheckedDocument[] = [];
    distinct.forEach((reference, index) => {
      const problem = documentProblem(reference, found[index]);
      if (problem) problems.push(problem);
      else documents.push(found[index] as CheckedDocument);
    });
    return problems.length > 0 ? { ok: false, problems } : { ok: true, documents };
  }

  /** The documents in the order asked, null where refused or unknown; null as a whole when the subgraph did not answer. */
  private async lookup(references: readonly DocumentReference[], call: SubgraphCall): Promise<(CheckedDocument | null)[] | null> {
    if (!this.documents) return null;
    try {
      return await this.documents.entities<CheckedDocument>('Document', references.map((reference) => ({ id: reference.id })), 'id status contentType', call);
    } catch (error) {
      if (error instanceof SubgraphCallError) return null;
      throw error;
    }
  }
}

function documentProblem(reference: DocumentReference, document: CheckedDocument | null | undefined): DocumentProblem | null {
  if (!document || document.id !== reference.id) return { field: reference.field, code: DocumentCode.NOT_FOUND };
  if (document.status !== CLEAN_DOCUMENT_STATUS) return { field: reference.field, code: DocumentCode.NOT_CLEAN };
  const allowed = reference.allowedContentTypes ?? [];
  if (allowed.length > 0 && !allowed.includes(document.contentType)) {
    return { field: reference.field, code: DocumentCode.TYPE_NOT_ALLOWED, params: { allowed: allowed.join(', ') } };
  }
  return null;
}
