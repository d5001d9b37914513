import { format as LIBRARY_FORMATS, Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { FORM_FORMATS } from '@eco/forms';
import type { JsonSchema } from './schema';

/** One problem with one field: the JSON Schema keyword it broke and that keyword's limits. */
export interface FieldProblem {
  /** Dotted path below formData, as the API's userErrors name it (without "formData."). */
  field: string;
  keyword: string;
  params: Record<string, unknown>;
}

export type Validate = (data: unknown) => FieldProblem[];

// The library looks every format up in this one exported table; the portal validates nothing but
// application forms, so the table gets the server's own rules (@eco/forms): the library's
// date-time would accept a missing offset, and its email is looser than the one the API applies.
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
