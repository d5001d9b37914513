import type { UserErrorLike } from '../applications/common';

export interface SplitUserErrors<F extends string> {
  /** Messages for this form's fields, joined when a field has several. */
  byField: Partial<Record<F, string>>;
  /** Messages about the whole input, or about a field this form does not show. */
  general: string[];
}

/**
 * Puts each userError next to the field it names. The API names fields by dotted input paths
 * ("passport.series", "driverLicence.categories.2", "birthCertificate.number"); `prefix` is the
 * part of the path the form does not show ("passport"), and a path below a field ("categories.2")
 * belongs to that field.
 */
export function splitUserErrors<F extends string>(errors: readonly UserErrorLike[] | null | undefined, fields: readonly F[], prefix?: string): SplitUserErrors<F> {
  const byField: Partial<Record<F, string>> = {};
  const general: string[] = [];
  const byLength = [...fields].sort((a, b) => b.length - a.length);
  for (const error of errors ?? []) {
    const path = error.field && prefix && error.field.startsWith(`${prefix}.`) ? error.field.slice(prefix.length + 1) : error.field;
    const field = path ? byLength.find((name) => path === name || path.startsWith(`${name}.`)) : undefined;
    if (!field) general.push(error.message);
    else if (!byField[field]?.split('; ').includes(error.message)) byField[field] = byField[field] ? `${byField[field]}; ${error.message}` : error.message;
  }
  return { byField, general };
}
