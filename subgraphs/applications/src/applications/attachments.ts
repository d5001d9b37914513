import { documentsAttachedOutboxEvent, type DocumentChecker, type SubgraphCall } from '@eco/kit';
import { documentReferences } from '../forms/document-fields';
import { failure, success, type Outcome } from '../shared/problems';

/** `attachedToType` of the documents an application takes in (the documents subgraph links them to it). */
export const ATTACHED_TO_APPLICATION = 'Application';

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

/** The `documents.attached` event: from now on the department's employees may read them. */
export function applicationDocumentsAttached(
  application: { id: string; applicantId: string; departmentId: string },
  documentIds: readonly string[],
  requestId: string | null | undefined,
) {
  return documentsAttachedOutboxEvent({
    documentIds: [...documentIds],
    ownerId: application.applicantId,
    attachedToType: ATTACHED_TO_APPLICATION,
    attachedToId: application.id,
    departmentId: application.departmentId,
    requestId: requestId ?? null,
  });
}
