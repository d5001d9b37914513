import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { JsonSchema } from './schema';

/** One problem with one field: the JSON Schema keyword it broke and that keyword's limits. */
export interface FieldProblem {
  /** Dotted path below formData, as the API's userErrors name it (without "formData."). */
  field: string;
  keyword: string;
  params: Record<string, unknown>;
}

export type Validate = (data: unknown) => FieldProblem[];

/** A real calendar date, not only its shape: 2025-02-30 is refused (as the server does). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;
// The server's email check is validator.js's; this is its shape, without spaces or invisible marks.
const EMAIL = /^[^\s@\p{C}\p{Z}]+@[^\s@.\p{C}\p{Z}]+(\.[^\s@.\p{C}\p{Z}]+)*\.[^\s@.\p{C}\p{Z}]{2,}$/u;

/** The formats the applications subgraph checks forms with (its FORM_FORMATS), the same rules. */
export const FORM_FORMATS: Record<string, (value: string) => boolean> = {
  date: isCalendarDate,
  'date-time': (value) => {
    const match = DATE_TIME.exec(value);
    return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value));
  },
  email: (value) => value.length <= 254 && EMAIL.test(value),
  uri: (value) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value),
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

/** "/passport/series" → ["passport", "series"] (JSON Pointer unescaping). */
const pointerSegments = (pointer: string) => (pointer ? pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : []);

/** An Ajv error → the field it is about, named the way the server names it. */
export function toProblem(error: Pick<ErrorObject, 'keyword' | 'instancePath' | 'params'>): FieldProblem {
  const segments = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') segments.push(String(params.missingProperty));
  if (error.keyword === 'additionalProperties') segments.push(String(params.additionalProperty));
  return { field: segments.join('.'), keyword: error.keyword, params };
}

/**
 * The same checks as Ajv with the server's options ({ allErrors, strict: false } and its formats),
 * interpreted instead of compiled, for the keywords the catalog's forms use. The portal's page
 * policy (script-src 'self', no 'unsafe-eval') forbids the code Ajv compiles, so in the browser
 * this is what runs; where Ajv can compile, Ajv runs (see createValidator).
 */
export function interpret(schema: JsonSchema, data: unknown, pointer = ''): Pick<ErrorObject, 'keyword' | 'instancePath' | 'params'>[] {
  const errors: Pick<ErrorObject, 'keyword' | 'instancePath' | 'params'>[] = [];
  const add = (keyword: string, params: Record<string, unknown>) => errors.push({ keyword, instancePath: pointer, params });
  const type = schema.type;
  const typeOk =
    type === undefined ||
    (type === 'object' && typeof data === 'object' && data !== null && !Array.isArray(data)) ||
    (type === 'array' && Array.isArray(data)) ||
    (type === 'string' && typeof data === 'string') ||
    (type === 'boolean' && typeof data === 'boolean') ||
    (type === 'number' && typeof data === 'number' && Number.isFinite(data)) ||
    (type === 'integer' && typeof data === 'number' && Number.isInteger(data));
  // Like Ajv with allErrors, a wrong type does not stop the other keywords that apply to the value.
  if (!typeOk) add('type', { type });
  if (schema.const !== undefined && JSON.stringify(data) !== JSON.stringify(schema.const)) add('const', { allowedValue: schema.const });
  if (schema.enum && !schema.enum.some((value) => JSON.stringify(value) === JSON.stringify(data))) add('enum', { allowedValues: schema.enum });
  if (typeof data === 'string') {
    const length = [...data].length;
    if (schema.maxLength !== undefined && length > schema.maxLength) add('maxLength', { limit: schema.maxLength });
    if (schema.minLength !== undefined && length < schema.minLength) add('minLength', { limit: schema.minLength });
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(data)) add('pattern', { pattern: schema.pattern });
    const format = schema.format ? FORM_FORMATS[schema.format] : undefined;
    if (format && !format(data)) add('format', { format: schema.format });
  }
  if (typeof data === 'number') {
    if (schema.maximum !== undefined && data > schema.maximum) add('maximum', { comparison: '<=', limit: schema.maximum });
    if (schema.minimum !== undefined && data < schema.minimum) add('minimum', { comparison: '>=', limit: schema.minimum });
  }
  if (Array.isArray(data)) {
    if (schema.maxItems !== undefined && data.length > schema.maxItems) add('maxItems', { limit: schema.maxItems });
    if (schema.minItems !== undefined && data.length < schema.minItems) add('minItems', { limit: schema.minItems });
    if (schema.items) data.forEach((item, index) => errors.push(...interpret(schema.items!, item, `${pointer}/${index}`)));
    if (schema.uniqueItems) {
      const seen = data.map((item) => JSON.stringify(item));
      const j = seen.findIndex((item, index) => seen.indexOf(item) !== index);
      if (j >= 0) add('uniqueItems', { i: seen.indexOf(seen[j]), j });
    }
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const object = data as Record<string, unknown>;
    for (const name of schema.required ?? []) if (object[name] === undefined) add('required', { missingProperty: name });
    for (const [name, value] of Object.entries(object)) {
      const child = schema.properties?.[name];
      if (child) errors.push(...interpret(child, value, `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`));
      else if (schema.additionalProperties === false) add('additionalProperties', { additionalProperty: name });
    }
  }
  return errors;
}

/** Ajv with the server's options, or null where the page may not compile code (the portal's CSP). */
function compileWithAjv(schema: JsonSchema): ValidateFunction | null {
  try {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    for (const [name, validate] of Object.entries(FORM_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
    const { $id: _id, $schema: _schema, ...rest } = schema as Record<string, unknown>;
    return ajv.compile(rest);
  } catch {
    return null;
  }
}

/**
 * A validator for one form: every problem of the data, each named by its field path.
 * `engine` 'auto' uses Ajv when the page allows compiled code, the interpreter otherwise.
 */
export function createValidator(schema: JsonSchema, engine: 'auto' | 'ajv' | 'interpreter' = 'auto'): Validate {
  const compiled = engine === 'interpreter' ? null : compileWithAjv(schema);
  if (engine === 'ajv' && !compiled) throw new Error('Ajv could not compile the form schema');
  if (compiled) return (data) => (compiled(data) ? [] : (compiled.errors ?? []).map(toProblem));
  return (data) => interpret(schema, data).map(toProblem);
}
