import { FileField, FilesField } from './file-field';
import { FieldError, FieldTitle, describedBy } from './FieldLabel';
import { useForm } from './form-context';
import { PATTERN_EXAMPLES } from './messages';
import { getIn, initialValue, isFileSchema, orderedProperties, type JsonSchema, type Path } from './schema';

export interface FieldProps {
  schema: JsonSchema;
  path: Path;
  name: string;
  required: boolean;
  /** A title for schemas without one (array items: "Ребёнок 2"). */
  title?: string;
}

/** One field of the form, by the kind its schema describes. */
export function SchemaField(props: FieldProps) {
  const { schema } = props;
  if (schema.type === 'object') return isFileSchema(schema) ? <FileField {...props} /> : <ObjectField {...props} />;
  if (schema.type === 'array') {
    if (schema.items && isFileSchema(schema.items)) return <FilesField {...props} />;
    if (schema.items?.enum) return <MultiEnumField {...props} />;
    return <ArrayField {...props} />;
  }
  if (schema.type === 'boolean') return <BooleanField {...props} />;
  if (schema.enum) return schema.enum.length <= 4 ? <RadioField {...props} /> : <SelectField {...props} />;
  return <TextInput {...props} />;
}

function TextInput({ schema, path, name, required, title }: FieldProps) {
  const form = useForm();
  const id = form.idOf(path);
  const error = form.errorAt(path);
  const value = getIn(form.values, path);
  const example = schema.pattern ? PATTERN_EXAMPLES[schema.pattern] : undefined;
  const numeric = schema.type === 'integer' || schema.type === 'number';
  const type = schema.format === 'date' ? 'date' : schema.format === 'date-time' ? 'datetime-local' : schema.format === 'email' ? 'email' : name.toLowerCase().includes('phone') ? 'tel' : 'text';
  const long = type === 'text' && !numeric && (schema.maxLength ?? 0) >= 1000;
  const common = {
    id,
    name: path.join('.'),
    value: typeof value === 'string' || typeof value === 'number' ? String(value) : '',
    onChange: (event: { target: { value: string } }) => form.setValue(path, event.target.value),
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy(example && `${id}-hint`, error && `${id}-error`),
    disabled: form.disabled,
  };
  return (
    <div className="field jsf-field">
      <label htmlFor={id}>
        <FieldTitle schema={schema} fallback={title ?? name} required={required} />
      </label>
      {example && (
        <span id={`${id}-hint`} className="hint">
          {form.t('example', { example })}
        </span>
      )}
      {long ? (
        <textarea {...common} rows={4} maxLength={schema.maxLength} />
      ) : (
        <input {...common} type={type} inputMode={numeric ? (schema.type === 'integer' ? 'numeric' : 'decimal') : undefined} maxLength={schema.maxLength} autoComplete="off" />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function SelectField({ schema, path, name, required, title }: FieldProps) {
  const form = useForm();
  const id = form.idOf(path);
  const error = form.errorAt(path);
  const value = getIn(form.values, path);
  return (
    <div className="field jsf-field">
      <label htmlFor={id}>
        <FieldTitle schema={schema} fallback={title ?? name} required={required} />
      </label>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => form.setValue(path, event.target.value === '' ? undefined : event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
        disabled={form.disabled}
      >
        <option value="">{form.t('choose')}</option>
        {schema.enum!.map((option) => (
          <option key={String(option)} value={String(option)}>
            {String(option)}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A group of choices: fieldset and legend, the error tied to the group. */
function ChoiceGroup({ schema, path, name, required, title, children }: FieldProps & { children: React.ReactNode }) {
  const form = useForm();
  const id = form.idOf(path);
  const error = form.errorAt(path);
  return (
    <fieldset id={id} className="jsf-group jsf-choices" tabIndex={-1} aria-invalid={error ? true : undefined} aria-describedby={describedBy(error && `${id}-error`)}>
      <legend>
        <FieldTitle schema={schema} fallback={title ?? name} required={required} />
      </legend>
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

function RadioField(props: FieldProps) {
  const form = useForm();
  const id = form.idOf(props.path);
  const value = getIn(form.values, props.path);
  return (
    <ChoiceGroup {...props}>
      {props.schema.enum!.map((option, index) => (
        <div className="jsf-choice" key={String(option)}>
          <input type="radio" id={`${id}-${index}`} name={id} checked={value === option} onChange={() => form.setValue(props.path, option)} disabled={form.disabled} />
          <label htmlFor={`${id}-${index}`}>{String(option)}</label>
        </div>
      ))}
    </ChoiceGroup>
  );
}

function MultiEnumField(props: FieldProps) {
  const form = useForm();
  const id = form.idOf(props.path);
  const raw = getIn(form.values, props.path);
  const selected = Array.isArray(raw) ? raw : [];
  const options = props.schema.items!.enum!;
  const toggle = (option: unknown) => {
    const next = selected.includes(option) ? selected.filter((item) => item !== option) : options.filter((item) => item === option || selected.includes(item));
    form.setValue(props.path, next);
  };
  return (
    <ChoiceGroup {...props}>
      {options.map((option, index) => (
        <div className="jsf-choice" key={String(option)}>
          <input type="checkbox" id={`${id}-${index}`} checked={selected.includes(option)} onChange={() => toggle(option)} disabled={form.disabled} />
          <label htmlFor={`${id}-${index}`}>{String(option)}</label>
        </div>
      ))}
    </ChoiceGroup>
  );
}

function BooleanField({ schema, path, name, required, title }: FieldProps) {
  const form = useForm();
  const id = form.idOf(path);
  const error = form.errorAt(path);
  const mustConfirm = schema.const === true;
  return (
    <div className="field jsf-field jsf-choice jsf-boolean">
      <input
        type="checkbox"
        id={id}
        checked={getIn(form.values, path) === true}
        // A confirmation left unticked is absent (the API answers "required"); a yes/no question is false.
        onChange={(event) => form.setValue(path, event.target.checked ? true : mustConfirm ? undefined : false)}
        aria-invalid={error ? true : undefined}
        aria-required={(required && mustConfirm) || undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
        disabled={form.disabled}
      />
      <label htmlFor={id}>
        <FieldTitle schema={schema} fallback={title ?? name} required={required || !mustConfirm} />
      </label>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function ObjectField({ schema, path, name, required, title }: FieldProps) {
  const form = useForm();
  const id = form.idOf(path);
  const error = form.errorAt(path);
  return (
    <fieldset id={id} className="jsf-group" tabIndex={-1} aria-describedby={describedBy(error && `${id}-error`)}>
      <legend>
        <FieldTitle schema={schema} fallback={title ?? name} required={required} />
      </legend>
      <FieldError id={`${id}-error`} message={error} />
      {orderedProperties(schema).map(([child, childSchema]) => (
        <SchemaField key={child} schema={childSchema} path={[...path, child]} name={child} required={(schema.required ?? []).includes(child)} />
      ))}
    </fieldset>
  );
}

/** A list of groups or values the applicant adds and removes, within minItems..maxItems. */
function ArrayField({ schema, path, name, required, title }: FieldProps) {
  const form = useForm();
  const id = form.idOf(path);
  const error = form.errorAt(path);
  const raw = getIn(form.values, path);
  const items = Array.isArray(raw) ? raw : [];
  const itemSchema = schema.items ?? { type: 'string' };
  const itemTitle = itemSchema.title ?? schema.title ?? name;
  const max = schema.maxItems ?? Infinity;
  return (
    <fieldset id={id} className="jsf-group jsf-array" tabIndex={-1} aria-describedby={describedBy(`${id}-count`, error && `${id}-error`)}>
      <legend>
        <FieldTitle schema={schema} fallback={title ?? name} required={required || (schema.minItems ?? 0) > 0} />
      </legend>
      <p id={`${id}-count`} className="hint">
        {form.t('itemsCount', { count: items.length, max: Number.isFinite(max) ? max : '∞' })}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      {items.map((_, index) => (
        <div className="jsf-item" key={index}>
          <SchemaField schema={{ ...itemSchema, title: form.t('itemTitle', { title: itemTitle, n: index + 1 }) }} path={[...path, index]} name={`${name}.${index}`} required />
          <button type="button" className="secondary jsf-remove" disabled={form.disabled} onClick={() => form.setValue(path, items.filter((__, i) => i !== index))}>
            {form.t('removeItem', { title: itemTitle, n: index + 1 })}
          </button>
        </div>
      ))}
      {items.length < max && (
        <button type="button" className="secondary" disabled={form.disabled} onClick={() => form.setValue(path, [...items, initialValue(itemSchema) ?? (itemSchema.type === 'object' ? {} : '')])}>
          {form.t('addItem', { title: itemTitle })}
        </button>
      )}
    </fieldset>
  );
}
