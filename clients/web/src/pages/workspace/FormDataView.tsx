import { useWorkspaceT } from './ui';

type Schema = { title?: string; properties?: Record<string, Schema>; items?: Schema } | undefined;

/** The title the form schema gives a field, else its key. */
export function fieldTitle(schema: Schema, key: string): string {
  return schema?.properties?.[key]?.title ?? key;
}

/**
 * The applicant's form, readable: objects as definition lists (nested ones inside), lists as
 * numbered lists, yes/no for booleans; field names from the service's form schema when it has them.
 */
export function FormDataView({ value, schema }: { value: unknown; schema?: Schema }) {
  const t = useWorkspaceT();
  if (value === null || value === undefined || value === '') return <>—</>;
  if (typeof value === 'boolean') return <>{value ? t('app.yes') : t('app.no')}</>;
  if (Array.isArray(value)) {
    if (!value.length) return <>—</>;
    return (
      <ol>
        {value.map((item, i) => (
          <li key={i}>
            <FormDataView value={item} schema={schema?.items} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.length) return <>—</>;
    return (
      <dl className="ws-dl">
        {entries.map(([key, item]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{fieldTitle(schema, key)}</dt>
            <dd>
              <FormDataView value={item} schema={schema?.properties?.[key]} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}
