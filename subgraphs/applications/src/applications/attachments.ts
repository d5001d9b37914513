import { applicationDocumentsAttached, type DocumentChecker, type Outbox, type SubgraphCall } from '@eco/kit';
import { APPLICATION_SUBJECT } from '../events/status-changed-event';
import { documentReferences } from '../forms/document-fields';
import type { Prisma } from '../generated/prisma/client';
import { failure, success, type Outcome } from '../shared/problems';

export interface FormDocumentsCheck {
  /** The form's JSON Schema (file fields carry the catalog's marker keyword). */
  schema: Record<string, unknown>;
  formData: unknown;
  /** Where the form sits in the input: "formData" or "formDataPatch". */
  prefix: string;
  /** Documents the application already has: not checked again, not attached again. */
  attached?: readonly string[];
  /**
   * The form as it was before a patch: documents it already named are not checked again either
   * (also ones named before the portal checked documents, which nothing ever attached).
   */
  previousFormData?: unknown;
}

/**
 * The documents a form names that the application does not have (or name) yet, each checked with the
 * applicant's token (theirs, scanned clean, of a type its field accepts): their ids in the order
 * named, or every problem with its field path. Nothing may be stored when it fails.
 */
export async function newFormDocuments(documents: DocumentChecker, form: FormDocumentsCheck, call: SubgraphCall): Promise<Outcome<string[]>> {
  const previous = form.previousFormData === undefined ? [] : documentReferences(form.schema, form.previousFormData).map((reference) => reference.id);
  const attached = new Set([...(form.attached ?? []), ...previous]);
  const references = documentReferences(form.schema, form.formData, form.prefix).filter((reference) => !attached.has(reference.id));
  const check = await documents.check(references, call);
  return check.ok ? success(check.documents.map((document) => document.id)) : failure(check.problems);
}

/**
 * Appends `documents.attached` in the application's transaction: from its commit on, the
 * department's employees may read the documents.
 */
export async function recordDocumentsAttached(
  tx: Prisma.TransactionClient,
  outbox: Outbox,
  application: { id: string; applicantId: string; departmentId: string },
  documentIds: readonly string[],
  requestId: string | null | undefined,
  at: Date,
): Promise<void> {
  await outbox.append(tx, applicationDocumentsAttached, {
    subject: { type: APPLICATION_SUBJECT, id: application.id },
    payload: {
      documentIds: [...documentIds],
      ownerId: application.applicantId,
      attachedToType: APPLICATION_SUBJECT,
      attachedToId: application.id,
      departmentId: application.departmentId,
      requestId: requestId ?? null,
    },
    at,
  });
}
