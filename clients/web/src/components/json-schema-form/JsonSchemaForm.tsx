import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { SchemaField } from './fields';
import { FormContext, type FormContextValue, type Uploader } from './form-context';
import { formMessages, problemMessage } from './messages';
import { getIn, isFileSchema, orderedProperties, pathKey, setIn, toFormData, toInputValues, type JsonSchema, type Path } from './schema';
import { createValidator, type FieldProblem } from './validate';
import './json-schema-form.css';

/** An error the API reported (a userError): `field` like "formData.passport.series", or null. */
export interface ServerError {
  field?: string | null;
  message: string;
}

export interface JsonSchemaFormProps {
  schema: JsonSchema;
  /** Values to start from (the API's prefilled draft), shaped as form data. */
  initialData?: Record<string, unknown> | null;
  /** Called with valid form data; the form stays disabled while it runs. */
  onSubmit(data: Record<string, unknown>): Promise<void> | void;
  uploader: Uploader;
  /** The API's userErrors for the last submission. */
  serverErrors?: ServerError[];
  submitLabel: string;
  /** Shown between the fields and the button (e.g. the API's failure). */
  footer?: ReactNode;
}

const FORM_DATA_PREFIX = /^formData\.?/;
const NO_ERRORS: ServerError[] = [];

/** "children.1.fullName.lastName" → "Дети 2 — ФИО ребёнка — Фамилия": the field as the applicant sees it. */
function titleOf(schema: JsonSchema, field: string): string {
  const titles: string[] = [];
  let current: JsonSchema | undefined = schema;
  for (const segment of field.split('.').filter(Boolean)) {
    // Inside a file reference ("photo.fileId") the file field itself is what the applicant sees.
    if (!current || isFileSchema(current)) break;
    if (/^\d+$/.test(segment) && current.type === 'array') {
      titles[titles.length - 1] = `${titles[titles.length - 1] ?? ''} ${Number(segment) + 1}`;
      current = current.items;
    } else {
      current = current.properties?.[segment];
      if (current?.title) titles.push(current.title);
    }
  }
  return titles.join(' — ');
}

/**
 * A service's application form, rendered from its JSON Schema: a labelled input for every field,
 * groups as fieldsets, files uploaded as they are chosen. Checked on submit with the server's rules;
 * each problem is shown under its field and listed (linked) in a summary that takes the focus.
 */
export function JsonSchemaForm({ schema, initialData, onSubmit, uploader, serverErrors = NO_ERRORS, submitLabel, footer }: JsonSchemaFormProps) {
  const t = useAreaMessages(formMessages);
  const { locale } = useI18n();
  const prefix = `jsf${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [values, setValues] = useState<unknown>(() => toInputValues(schema, initialData ?? {}));
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploadingState] = useState<Set<string>>(new Set());
  const [staleServerFields, setStaleServerFields] = useState<Set<string>>(new Set());
  const summaryRef = useRef<HTMLDivElement>(null);
  const validate = useMemo(() => createValidator(schema), [schema]);

  useEffect(() => setStaleServerFields(new Set()), [serverErrors]);

  const problems: FieldProblem[] = useMemo(() => (attempted ? validate(toFormData(schema, values)) : []), [attempted, validate, schema, values]);
  const serverProblems = serverErrors
    .map((error) => ({ field: (error.field ?? '').replace(FORM_DATA_PREFIX, ''), message: error.message, onField: !!error.field && FORM_DATA_PREFIX.test(error.field) }))
    .filter((error) => !staleServerFields.has(error.field));

  const messages = new Map<string, string>();
  for (const error of serverProblems) if (error.onField && !messages.has(error.field)) messages.set(error.field, error.message);
  for (const problem of problems) {
    if (messages.has(problem.field)) continue;
    const [key, params] = problemMessage(problem);
    messages.set(problem.field, t(key, params));
  }

  const setValue = useCallback((path: Path, value: unknown) => {
    setValues((previous: unknown) => setIn(previous, path, value));
    const key = pathKey(path);
    setStaleServerFields((previous) => new Set([...previous, ...serverErrors.map((e) => (e.field ?? '').replace(FORM_DATA_PREFIX, '')).filter((field) => field === key || field.startsWith(`${key}.`))]));
  }, [serverErrors]);

  const setUploading = useCallback((path: Path, on: boolean) => {
    setUploadingState((previous) => {
      const next = new Set(previous);
      if (on) next.add(pathKey(path));
      else next.delete(pathKey(path));
      return next;
    });
  }, []);

  const context: FormContextValue = {
    values,
    setValue,
    errorAt: (path) => messages.get(pathKey(path)),
    idOf: (path) => `${prefix}-${path.join('-')}`,
    uploader,
    setUploading,
    t,
    locale,
    disabled: busy,
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (uploading.size > 0) return;
    const data = (toFormData(schema, values) ?? {}) as Record<string, unknown>;
    if (validate(data).length > 0) {
      // The summary renders with this state change; move the focus to it once it is there.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await onSubmit(data);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (serverProblems.length > 0) summaryRef.current?.focus();
    // Only when the API answers with new errors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverErrors]);

  const summary = [...messages.entries()].map(([field, message]) => ({ field, message, title: titleOf(schema, field) }));
  for (const error of serverProblems) if (!error.onField) summary.push({ field: '', message: error.message, title: '' });

  return (
    <FormContext.Provider value={context}>
      <form className="jsf" onSubmit={submit} noValidate aria-busy={busy || undefined}>
        {summary.length > 0 && (
          <div ref={summaryRef} className="jsf-summary" role="alert" tabIndex={-1} aria-labelledby={`${prefix}-summary`}>
            <h2 id={`${prefix}-summary`}>{t('summary.title', { count: summary.length })}</h2>
            <ul>
              {summary.map((item, index) => (
                <li key={`${item.field}-${index}`}>
                  {item.field ? (
                    <a
                      href={`#${prefix}-${item.field.replaceAll('.', '-')}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusField(`${prefix}-${item.field.replaceAll('.', '-')}`);
                      }}
                    >
                      {item.title && <span lang={locale === 'ru' ? undefined : 'ru'}>{item.title}</span>}
                      {item.title ? ': ' : ''}
                      {item.message}
                    </a>
                  ) : (
                    item.message
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {orderedProperties(schema).map(([name, child]) => (
          <SchemaField key={name} schema={child} path={[name]} name={name} required={(schema.required ?? []).includes(name)} />
        ))}
        {footer}
        {uploading.size > 0 && attempted && <p role="status">{t('file.uploading', { name: '' }).replace(/«»|“”/, '').trim()}</p>}
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </FormContext.Provider>
  );
}

/**
 * Focuses the field with `id`; else the first input inside it (a group); else the nearest enclosing
 * field ("photo-fileId" → the "photo" file input).
 */
function focusField(id: string) {
  let element: HTMLElement | null = null;
  for (let candidate = id; !element && candidate; candidate = candidate.includes('-') ? candidate.slice(0, candidate.lastIndexOf('-')) : '') {
    element = document.getElementById(candidate) ?? document.querySelector<HTMLElement>(`[id^="${CSS.escape(candidate)}-"]`);
  }
  element?.focus();
  element?.scrollIntoView?.({ block: 'center' });
}

export { getIn };
