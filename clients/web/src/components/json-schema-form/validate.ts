import { format as LIBRARY_FORMATS, Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
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
// The server's email check is the kit's; this is its shape, without spaces or invisible marks.
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

// The library looks every format up in this one exported table; the portal validates nothing but
// application forms, so the table gets the server's rules (its own date-time, for one, allows no
// missing offset, and its email is looser than the kit's).
Object.assign(LIBRARY_FORMATS, FORM_FORMATS);

/** "#/passport/%D1%81" → ["passport", "с"]: the library's pointers are URI fragments (RFC 6901 §6). */
function pointerSegments(pointer: string): string[] {
  const path = pointer.replace(/^#/, '');
  return path ? path.split('/').slice(1).map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~')) : [];
}

function at(root: unknown, segments: string[]): unknown {
  return segments.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

// These only say that something below them failed; the failures themselves come as their own units.
const WRAPPERS = new Set(['properties', 'items', 'additionalProperties', 'additionalItems', 'patternProperties', 'allOf', 'anyOf', 'oneOf', 'not', 'if', '$ref']);
const LIMITS = new Set(['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems']);

/** The library's output units → one problem per field and rule, named the way the server names them. */
function toProblems(units: OutputUnit[], schema: Schema, data: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string[], keyword: string, params: Record<string, unknown>) => {
    const field = path.join('.');
    const key = `${field}\u0000${keyword}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ field, keyword, params });
  };
  for (const unit of units) {
    if (WRAPPERS.has(unit.keyword)) continue;
    const path = pointerSegments(unit.instanceLocation);
    // A property refused by `additionalProperties: false` fails the `false` schema at its own place.
    if (unit.keyword === 'false') {
      add(path, 'additionalProperties', { additionalProperty: path[path.length - 1] });
      continue;
    }
    const rule = at(schema, pointerSegments(unit.keywordLocation));
    if (unit.keyword === 'required') {
      // One unit per missing property, none saying which: the schema and the data do.
      const object = at(data, path) as Record<string, unknown>;
      for (const name of (rule as string[]) ?? []) if (!Object.prototype.hasOwnProperty.call(object, name)) add([...path, name], 'required', { missingProperty: name });
    } else if (LIMITS.has(unit.keyword)) add(path, unit.keyword, { limit: rule });
    else if (unit.keyword === 'type') add(path, 'type', { type: rule });
    else if (unit.keyword === 'format') add(path, 'format', { format: rule });
    else if (unit.keyword === 'pattern') add(path, 'pattern', { pattern: rule });
    else if (unit.keyword === 'const') add(path, 'const', { allowedValue: rule });
    else if (unit.keyword === 'enum') add(path, 'enum', { allowedValues: rule });
    else add(path, unit.keyword, {});
  }
  return problems;
}

/**
 * A validator for one form: every problem of the data, each named by its field path.
 * @cfworker/json-schema interprets the schema (draft-07, as the catalog writes it) instead of
 * compiling code, which the portal's page policy (script-src 'self', no 'unsafe-eval') forbids.
 */
export function createValidator(schema: JsonSchema): Validate {
  // $id would name the schema in the library's lookup table; the server drops it too.
  const { $id: _id, ...rest } = schema as Schema;
  const validator = new Validator(rest, '7', false);
  return (data) => {
    const result = validator.validate(data);
    return result.valid ? [] : toProblems(result.errors, rest, data);
  };
}
