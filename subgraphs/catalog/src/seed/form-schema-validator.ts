import Ajv from 'ajv';

// The string formats application forms use. ajv 8 knows no formats by itself (ajv-formats is
// not a dependency) and, rightly, refuses to compile a schema naming an unknown one; these
// checks are deliberately simple: the applications subgraph validates the data in depth.
const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

export interface FormSchemaProblem {
  code: string;
  message: string;
}

/** Compiles every form schema under ajv's strict mode; returns the ones that do not compile. */
export function findInvalidFormSchemas(forms: readonly { code: string; formSchema: object }[]): FormSchemaProblem[] {
  const ajv = new Ajv({ strict: true, allErrors: true });
  for (const [name, pattern] of Object.entries(FORMATS)) ajv.addFormat(name, pattern);
  const problems: FormSchemaProblem[] = [];
  for (const form of forms) {
    try {
      ajv.compile(form.formSchema);
    } catch (error) {
      problems.push({ code: form.code, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return problems;
}
