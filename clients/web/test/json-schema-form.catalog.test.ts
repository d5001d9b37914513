import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../../subgraphs/catalog/src/seed-data';
import type { JsonSchema } from '../src/components/json-schema-form';
import { PATTERN_EXAMPLES } from '../src/components/json-schema-form/messages';
import { clientVerdict, serverVerdict } from './json-schema-form.server';

/*
 * Every application form the catalog seeds, judged by the server (Ajv) and by the portal
 * (@cfworker/json-schema) on the same inputs: a plausible filling, a broken one, an empty one.
 */

const FILE_ID = '0b6f8a52-3c5e-4a44-9f2a-1d7f3c1e2a11';

/** What a careful applicant would type: enum's first value, a pattern's example, limits respected. */
function plausible(schema: JsonSchema): unknown {
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, child]) => [name, name === 'fileId' ? FILE_ID : plausible(child)]));
    case 'array':
      return schema.uniqueItems && schema.items?.enum ? schema.items.enum.slice(0, Math.max(1, schema.minItems ?? 1)) : Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => plausible(schema.items ?? {}));
    case 'boolean':
      return schema.const ?? true;
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    default:
      if (schema.enum) return schema.enum[0];
      if (schema.format === 'date') return '2020-02-29';
      if (schema.format === 'date-time') return '2026-05-01T10:00:00+03:00';
      if (schema.format === 'email') return 'ivan.petrov@mail.ru';
      if (schema.format === 'uri') return 'https://example.ru/page';
      if (schema.pattern) return PATTERN_EXAMPLES[schema.pattern] ?? 'Иванов';
      return 'Текст'.slice(0, schema.maxLength ?? 5);
  }
}

/** What a careless one sends: wrong types, impossible dates, duplicates, too many items, extras. */
function broken(schema: JsonSchema, depth = 0): unknown {
  switch (schema.type) {
    case 'object': {
      const names = Object.keys(schema.properties ?? {});
      // Every other property left out, so required ones go missing too.
      const kept = names.filter((_, index) => index % 2 === depth % 2);
      return { ...Object.fromEntries(kept.map((name) => [name, broken(schema.properties![name], depth + 1)])), 'лишнее поле': 1 };
    }
    case 'array': {
      const item = schema.items ? broken(schema.items, depth + 1) : 1;
      return Array.from({ length: (schema.maxItems ?? 2) + 1 }, () => item);
    }
    case 'boolean':
      return 'да';
    case 'integer':
      return 2.5;
    case 'number':
      return -1e15;
    default:
      if (schema.format === 'date') return '2025-02-30';
      if (schema.format === 'date-time') return '2026-05-01T10:00:00';
      if (schema.format === 'email') return 'ivan@mail';
      if (schema.format === 'uri') return 'example.ru';
      return depth % 2 ? 42 : ` ${'я'.repeat((schema.maxLength ?? 10) + 1)}`;
  }
}

const FORMS = SERVICES.map((service) => [service.code, service.formSchema as JsonSchema] as const);

describe('the catalog’s forms, client and server alike', () => {
  it('has forms to check', () => {
    expect(FORMS.length).toBeGreaterThan(100);
  });

  it.each(FORMS)('%s', (_, schema) => {
    for (const data of [plausible(schema), broken(schema), {}, null]) {
      expect(clientVerdict(schema, data)).toEqual(serverVerdict(schema, data));
    }
    expect(clientVerdict(schema, broken(schema)).length).toBeGreaterThan(0);
  });

  // Forms with a pattern that has no example (PATTERN_EXAMPLES) stay half-filled: a quarter is enough.
  it('accepts the plausible filling of many forms on both sides (the good inputs are really good)', () => {
    const accepted = FORMS.filter(([, schema]) => serverVerdict(schema, plausible(schema)).length === 0 && clientVerdict(schema, plausible(schema)).length === 0);
    expect(accepted.length).toBeGreaterThan(FORMS.length / 4);
  });
});
