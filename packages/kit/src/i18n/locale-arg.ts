import { registerEnumType } from 'type-graphql';
import type { Locale } from './locale';

/**
 * The `locale` argument of localized fields, one enum for every subgraph: two subgraphs
 * declaring `Locale` differently would not compose.
 */
export enum LocaleArg {
  RU = 'RU',
  EN = 'EN',
}

registerEnumType(LocaleArg, {
  name: 'Locale',
  description: "Language of user-facing texts; when omitted, the request's Accept-Language decides.",
});

/** The explicit argument wins; otherwise the language negotiated for the request. */
export function resolveLocale(arg: LocaleArg | null | undefined, requestLocale: Locale): Locale {
  if (arg === LocaleArg.RU) return 'ru';
  if (arg === LocaleArg.EN) return 'en';
  return requestLocale;
}
