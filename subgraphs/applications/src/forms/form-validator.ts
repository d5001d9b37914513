import { FORM_FORMATS } from '@eco/forms';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { problem, type ApplicationCode, type ApplicationProblem } from '../shared/problems';

/** A JSON Schema keyword that refused a value → the code the API reports (the portal's agreement test reads it too). */
export const KEYWORD_CODES: Record<string, ApplicationCode> = {
  required: 'REQUIRED',
  type: 'INVALID_TYPE',
  pattern: 'PATTERN_MISMATCH',
  format: 'INVALID_FORMAT',
  enum: 'NOT_ALLOWED_VALUE',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  minimum: 'TOO_SMALL',
  exclusiveMinimum: 'TOO_SMALL',
  maximum: 'TOO_LARGE',
  exclusiveMaximum: 'TOO_LARGE',
  minItems: 'TOO_FEW_ITEMS',
  maxItems: 'TOO_MANY_ITEMS',
  uniqueItems: 'DUPLICATE_ITEMS',
  additionalProperties: 'UNKNOWN_FIELD',
};

/** "/passport/series" → ["passport", "series"] (JSON Pointer unescaping). */
function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function toProblem(error: ErrorObject, prefix: string): ApplicationProblem {
  const segments = [prefix, ...pointerSegments(error.instancePath)];
  const params = error.params as Record<string, unknown>;
  // These two name the property in params, below the object the error sits on.
  if (error.keyword === 'required') segments.push(String(params.missingProperty));
  if (error.keyword === 'additionalProperties') segments.push(String(params.additionalProperty));
  const field = segments.join('.');
  if (error.keyword === 'const') return problem(field, params.allowedValue === true ? 'MUST_BE_CONFIRMED' : 'INVALID_VALUE');
  const code = KEYWORD_CODES[error.keyword] ?? 'INVALID_VALUE';
  const limit = params.limit;
  if (typeof limit === 'number') return problem(field, code, { limit });
  if (error.keyword === 'type') return problem(field, code, { type: String(params.type) });
  if (error.keyword === 'format') return problem(field, code, { format: String(params.format) });
  return problem(field, code);
}

const MAX_CACHED_SCHEMAS = 500;

/**
 * Validates form data against a service's JSON Schema (draft-07) and reports EVERY problem with
 * its field path ("formData.passport.series") and a stable code. Compiled schemas are cached by
 * content, so a changed schema in the catalog is compiled afresh.
 */
export class FormValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    // Not strict: the catalog already checks its schemas strictly; here an unknown keyword
    // must not stop citizens from applying.
    this.ajv = new Ajv({ allErrors: true, strict: false });
    for (const [name, validate] of Object.entries(FORM_FORMATS)) this.ajv.addFormat(name, { type: 'string', validate });
  }

  /** Every problem of `data`, fields prefixed with `prefix`; [] when valid. */
  validate(schema: object, data: unknown, prefix = 'formData'): ApplicationProblem[] {
    const validate = this.compile(schema);
    if (validate(data)) return [];
    return (validate.errors ?? []).map((error) => toProblem(error, prefix));
  }

  isValid(schema: object, data: unknown): boolean {
    return this.compile(schema)(data) === true;
  }

  private compile(schema: object): ValidateFunction {
    const key = createHash('sha256').update(JSON.stringify(schema)).digest('hex');
    let validate = this.compiled.get(key);
    if (!validate) {
      if (this.compiled.size >= MAX_CACHED_SCHEMAS) this.compiled.clear();
      // $schema/$id would make ajv register the schema globally; compile a private copy.
      const { $id: _id, ...rest } = schema as Record<string, unknown>;
      validate = this.ajv.compile(rest);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
