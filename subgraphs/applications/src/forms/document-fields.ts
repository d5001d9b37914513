import type { DocumentReference } from '@eco/kit';

type JsonSchema = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A file field as the catalog makes it (catalog/src/seed-data/form-fields.ts, `fileField`): an
 * object `{ fileId, fileName, mimeType }` whose `fileId` names an uploaded document and whose
 * `mimeType` enum lists the content types the field accepts. Known by that shape, not by a marker
 * keyword: the catalog checks its forms under Ajv's strict mode, which refuses unknown keywords,
 * and forms already stored (or a regional portal's) have the same shape.
 */
export function isFileField(node: JsonSchema): boolean {
  const properties = node.properties;
  return node.type === 'object' && isObject(properties) && isObject(properties.fileId) && properties.fileId.type === 'string' && isObject(properties.mimeType);
}

function acceptedTypes(fileSchema: JsonSchema): string[] {
  const properties = isObject(fileSchema.properties) ? fileSchema.properties : {};
  const mimeType = isObject(properties.mimeType) ? properties.mimeType : {};
  return Array.isArray(mimeType.enum) ? mimeType.enum.filter((value): value is string => typeof value === 'string') : [];
}

/**
 * Every document the form data names, found by walking the form's JSON Schema beside the data
 * (objects by `properties`, arrays by `items`): one reference per file field that is filled in,
 * with its path as the validator reports paths ("formData.kinshipDocuments.0.fileId") and the
 * content types the field accepts. Call it on data that has passed the form validator.
 */
export function documentReferences(schema: JsonSchema, data: unknown, prefix = 'formData'): DocumentReference[] {
  const references: DocumentReference[] = [];
  const walk = (node: unknown, value: unknown, path: string) => {
    if (!isObject(node) || value === undefined || value === null) return;
    if (isFileField(node)) {
      if (isObject(value) && typeof value.fileId === 'string') references.push({ id: value.fileId, field: `${path}.fileId`, allowedContentTypes: acceptedTypes(node) });
      return;
    }
    if (isObject(node.properties) && isObject(value)) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, value[key], `${path}.${key}`);
    }
    if (isObject(node.items) && Array.isArray(value)) value.forEach((item, index) => walk(node.items, item, `${path}.${index}`));
  };
  walk(schema, data, prefix);
  return references;
}
