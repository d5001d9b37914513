import { isUuid } from '../shared/ids';
import { isObject } from './event-fields';

/** Keys that name personal data (or secrets): never kept, whatever their value. */
const PERSONAL_KEY = /name|mail|phone|passport|snils|birth|address|series|number|licen[cs]e|certificate|password|secret|token|otp|agent/i;
/** INN, but not "inner"/"winning": case-sensitive, at a word boundary of camelCase or snake_case. */
const INN_KEY = /(^inn|Inn|INN|_inn)(?![a-z])/;
const MAX_KEYS = 40;
const MAX_STRING = 200;
const MAX_ARRAY = 50;

type Primitive = string | number | boolean | null;

/** Text that looks like an email, a phone or a document number (long digit runs). */
const looksPersonal = (text: string): boolean => !isUuid(text) && (text.includes('@') || /\d[\d\s()+-]{7,}\d/.test(text));

function safePrimitive(value: unknown): Primitive | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.length <= MAX_STRING && !looksPersonal(value) ? value : undefined;
  return undefined;
}

/**
 * The details of a producer's event as the journal keeps them: flat, small, and with nothing
 * that names or identifies a person beyond ids. Producers promise no personal data; this keeps
 * the promise even if one forgets (a key or value that looks personal is dropped).
 */
export function safeDetails(input: unknown): Record<string, Primitive | Primitive[]> {
  const out: Record<string, Primitive | Primitive[]> = {};
  if (!isObject(input)) return out;
  for (const [key, value] of Object.entries(input).slice(0, MAX_KEYS)) {
    if (key.length > 64 || PERSONAL_KEY.test(key) || INN_KEY.test(key)) continue;
    if (Array.isArray(value)) {
      const items = value.slice(0, MAX_ARRAY).map(safePrimitive);
      if (items.every((item) => item !== undefined)) out[key] = items as Primitive[];
      continue;
    }
    const kept = safePrimitive(value);
    if (kept !== undefined) out[key] = kept;
  }
  return out;
}
