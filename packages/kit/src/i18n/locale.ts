/** Texts users read exist in Russian and English; Russian is the portal's default. */
export type Locale = 'ru' | 'en';
export const DEFAULT_LOCALE: Locale = 'ru';

export interface LocalizedText {
  ru: string;
  en: string;
}

/** Picks the first supported language of an `Accept-Language` header, honouring q-weights. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((entry) => entry.lang === 'ru' || entry.lang === 'en');
  return (match?.lang as Locale | undefined) ?? DEFAULT_LOCALE;
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
