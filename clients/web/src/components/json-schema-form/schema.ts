/** The JSON Schema (draft-07) subset the catalog's application forms are made of. */
export interface JsonSchema {
  type?: 'object' | 'string' | 'boolean' | 'array' | 'integer' | 'number';
  title?: string;
  description?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

/** A reference to an uploaded file, the shape of the catalog's file fields. */
export interface FileValue {
  fileId?: string;
  fileName?: string;
  mimeType?: string;
}

export type Path = (string | number)[];

/** "passport.series", "children.0.fullName.lastName": the server's field paths without "formData.". */
export const pathKey = (path: Path) => path.join('.');

/** An object of the shape {fileId, mimeType, fileName?}: one uploaded file. */
export function isFileSchema(schema: JsonSchema): boolean {
  return schema.type === 'object' && !!schema.properties?.fileId && !!schema.properties?.mimeType;
}

/** The file types a file field accepts (its mimeType enum). */
export function acceptedTypes(schema: JsonSchema): string[] {
  return (schema.properties?.mimeType?.enum ?? []).map(String);
}

/** A checkbox that must be ticked (consent, confirmation). */
export const isConfirmSchema = (schema: JsonSchema) => schema.type === 'boolean' && schema.const === true;

/**
 * The order to show an object's fields in. The stored schema's key order is lost (the catalog keeps
 * it as jsonb), so: required fields in the order `required` lists them, then the optional ones,
 * confirmations (consent) last.
 */
export function orderedProperties(schema: JsonSchema): [string, JsonSchema][] {
  const properties = schema.properties ?? {};
  const required = (schema.required ?? []).filter((name) => name in properties);
  const optional = Object.keys(properties).filter((name) => !required.includes(name));
  const names = [...required, ...optional];
  const confirms = names.filter((name) => isConfirmSchema(properties[name]));
  return [...names.filter((name) => !confirms.includes(name)), ...confirms].map((name) => [name, properties[name]]);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** "2026-05-01T10:30" (a datetime-local input, local time) → an ISO instant; anything else as is. */
function localToInstant(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().replace('.000Z', 'Z');
}

/** An ISO instant → the value a datetime-local input shows (local time). */
export function instantToLocal(value: string): string {
  const date = new Date(value);
  if (!/T/.test(value) || Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * What the inputs hold (text as typed) → the form data the API validates: empty texts and empty
 * optional groups left out, numbers as numbers (unless they are not numbers: the validator says so),
 * date-times as instants. Required groups stay (even empty) so each missing field is named.
 */
export function toFormData(schema: JsonSchema, value: unknown, keepEmptyObject = true): unknown {
  if (value === undefined || value === null) return undefined;
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const result: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
        const childSchema = schema.properties?.[name];
        const converted = childSchema ? toFormData(childSchema, child, (schema.required ?? []).includes(name)) : child;
        if (converted !== undefined) result[name] = converted;
      }
      return Object.keys(result).length === 0 && !keepEmptyObject ? undefined : result;
    }
    case 'array':
      return Array.isArray(value) ? value.map((item) => (schema.items ? (toFormData(schema.items, item, true) ?? (schema.items.type === 'object' ? {} : '')) : item)) : value;
    case 'integer':
    case 'number':
      if (typeof value !== 'string') return value;
      if (value.trim() === '') return undefined;
      return NUMBER.test(value.trim().replace(',', '.')) ? Number(value.trim().replace(',', '.')) : value;
    case 'string':
      if (value === '') return undefined;
      return schema.format === 'date-time' && typeof value === 'string' ? localToInstant(value) : value;
    default:
      return value;
  }
}

/** The initial value of a field: required groups and lists, and the minimum number of items, are laid out. */
export function initialValue(schema: JsonSchema): unknown {
  if (schema.type === 'object' && !isFileSchema(schema)) {
    const result: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const laidOut = (child.type === 'object' && !isFileSchema(child)) || child.type === 'array';
      if ((schema.required ?? []).includes(name) && laidOut) result[name] = initialValue(child);
    }
    return result;
  }
  if (schema.type === 'array') {
    const items = schema.items;
    return items?.type === 'object' && !isFileSchema(items) ? Array.from({ length: schema.minItems ?? 0 }, () => initialValue(items)) : [];
  }
  return undefined;
}

/** A saved value (the API's draft) → what the inputs hold. */
export function toInputValues(schema: JsonSchema, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (schema.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    const base = (initialValue(schema) ?? {}) as Record<string, unknown>;
    for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
      const childSchema = schema.properties?.[name];
      base[name] = childSchema ? toInputValues(childSchema, child) : child;
    }
    return base;
  }
  if (schema.type === 'array' && Array.isArray(value)) return value.map((item) => (schema.items ? toInputValues(schema.items, item) : item));
  if ((schema.type === 'integer' || schema.type === 'number') && typeof value === 'number') return String(value);
  if (schema.type === 'string' && schema.format === 'date-time' && typeof value === 'string') return instantToLocal(value);
  return value;
}

/** `root` with the value at `path` replaced (copies along the path, the rest shared). */
export function setIn(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const array = Array.isArray(root) ? [...root] : [];
    array[head] = setIn(array[head], rest, value);
    return array;
  }
  const object = root && typeof root === 'object' && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  const next = setIn(object[head], rest, value);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object;
}

export function getIn(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), root);
}
