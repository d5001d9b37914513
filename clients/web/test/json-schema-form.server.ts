import { FormValidator, KEYWORD_CODES as SERVER_CODES } from '../../../subgraphs/applications/src/forms/form-validator';
import { createValidator, type JsonSchema } from '../src/components/json-schema-form';

/*
 * The two judges side by side, in the server's words: "<field>:<code>" as the applications
 * subgraph reports it to the portal (its KEYWORD_CODES), sorted and without repeats.
 */

const server = new FormValidator();
const verdict = (entries: string[]) => [...new Set(entries)].sort();

export function serverVerdict(schema: JsonSchema, data: unknown): string[] {
  return verdict(server.validate(schema, data).map((p) => `${(p.field ?? '').replace(/^formData\.?/, '')}:${p.code}`));
}

export function clientVerdict(schema: JsonSchema, data: unknown): string[] {
  return verdict(
    createValidator(schema)(data).map((p) => {
      const code = p.keyword === 'const' ? (p.params.allowedValue === true ? 'MUST_BE_CONFIRMED' : 'INVALID_VALUE') : (SERVER_CODES[p.keyword] ?? 'INVALID_VALUE');
      return `${p.field}:${code}`;
    }),
  );
}
