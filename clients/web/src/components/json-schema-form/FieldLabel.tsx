import type { JsonSchema } from './schema';
import { useForm } from './form-context';

/**
 * A field's title as the form's schema gives it (the catalog writes them in Russian, so they are
 * marked lang="ru" on the English page), with "(optional)" in words, not only a colour or a star.
 */
export function FieldTitle({ schema, fallback, required }: { schema: JsonSchema; fallback: string; required: boolean }) {
  const { t, locale } = useForm();
  return (
    <>
      <span lang={locale === 'ru' ? undefined : 'ru'}>{schema.title ?? fallback}</span>
      {!required && <span className="jsf-optional"> {t('optional')}</span>}
    </>
  );
}

/** The error under a field, tied to it by id (aria-describedby); a sign, not only red, marks it. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="jsf-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** aria-describedby from the ids that exist. */
export const describedBy = (...ids: (string | false | undefined | null)[]) => ids.filter(Boolean).join(' ') || undefined;
