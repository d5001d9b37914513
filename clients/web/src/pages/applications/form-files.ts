type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A file field of a service's form, at its top level: one file, or a list of them. */
export interface FormFileField {
  name: string;
  title: string;
  multiple: boolean;
  /** The content types the field accepts (its mimeType enum). */
  accept: string[];
}

/** A file field as the catalog makes it: `{ fileId, fileName, mimeType }` with a mimeType enum. */
function fileSchema(node: unknown): Json | null {
  if (!isObject(node) || node.type !== 'object' || !isObject(node.properties)) return null;
  const { fileId, mimeType } = node.properties;
  return isObject(fileId) && fileId.type === 'string' && isObject(mimeType) ? node : null;
}

const acceptOf = (node: Json) => {
  const mimeType = (node.properties as Json).mimeType as Json;
  return Array.isArray(mimeType.enum) ? mimeType.enum.filter((v): v is string => typeof v === 'string') : [];
};

/** The form's top-level file fields, in the schema's order. */
export function formFileFields(formSchema: unknown): FormFileField[] {
  if (!isObject(formSchema) || !isObject(formSchema.properties)) return [];
  return Object.entries(formSchema.properties).flatMap(([name, node]): FormFileField[] => {
    if (!isObject(node)) return [];
    const single = fileSchema(node);
    if (single) return [{ name, title: typeof node.title === 'string' ? node.title : name, multiple: false, accept: acceptOf(single) }];
    const item = node.type === 'array' ? fileSchema(node.items) : null;
    if (item) return [{ name, title: typeof node.title === 'string' ? node.title : name, multiple: true, accept: acceptOf(item) }];
    return [];
  });
}

/**
 * The JSON Merge Patch that puts a newly uploaded document into a file field: it replaces a
 * single file, and is appended to a list (a merge patch replaces arrays whole, so the list is
 * sent with the files it already has).
 */
export function fileFieldPatch(field: FormFileField, formData: unknown, file: { fileId: string; fileName: string; mimeType: string }): Json {
  if (!field.multiple) return { [field.name]: file };
  const existing = isObject(formData) && Array.isArray(formData[field.name]) ? (formData[field.name] as unknown[]) : [];
  return { [field.name]: [...existing, file] };
}
