import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { ru, type Messages } from './ru';

export type Locale = 'ru' | 'en';
const DICTIONARIES: Record<Locale, Messages> = { ru, en };
const STORAGE_KEY = 'eco.locale';

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** The text under `key`, with `{name}` placeholders filled in. */
  t(key: keyof Messages, params?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' || saved === 'ru' ? saved : 'ru';
}

/** Russian by default, English on request; the API is asked in the same language (Accept-Language). */
export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => Object.entries(params ?? {}).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), DICTIONARIES[locale][key] ?? String(key)),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** A page area's own texts ({ ru, en } with the same keys), so areas do not share one dictionary. */
export type AreaMessages<K extends string> = Record<Locale, Record<K, string>>;

/** `t` for an area's own texts, in the page's language, `{name}` placeholders filled in. */
export function useAreaMessages<K extends string>(messages: AreaMessages<K>): (key: K, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, params) => Object.entries(params ?? {}).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), messages[locale][key] ?? key);
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
