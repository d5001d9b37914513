import { useState, type ChangeEvent } from 'react';
import { FieldError, FieldTitle, describedBy } from './FieldLabel';
import { useForm, type FormContextValue } from './form-context';
import type { FieldProps } from './fields';
import { acceptedTypes, getIn, pathKey, type FileValue, type JsonSchema } from './schema';

const EXTENSION_TYPES: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic' };
const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/heic': 'HEIC' };

const typeNames = (types: string[]) => types.map((type) => TYPE_NAMES[type] ?? type).join(', ');

/** The type a chosen file declares (or its extension says). */
function mimeTypeOf(file: File): string {
  return file.type || EXTENSION_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] || 'application/octet-stream';
}

type Upload = { state: 'idle' } | { state: 'uploading'; name: string } | { state: 'failed'; message: string };

/** Checks the type, uploads, and reports the outcome: the stored file, or the message to show. */
async function upload(form: FormContextValue, schema: JsonSchema, file: File): Promise<FileValue | string> {
  const types = acceptedTypes(schema);
  const mimeType = mimeTypeOf(file);
  if (types.length && !types.includes(mimeType)) return form.t('file.wrongType', { name: file.name, types: typeNames(types) });
  try {
    const fileId = await form.uploader(file, mimeType);
    return { fileId, fileName: file.name, mimeType };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 415) return form.t('file.status415', { name: file.name });
    if (status === 413) return form.t('file.status413', { name: file.name });
    return form.t('file.failed', { name: file.name, message: error instanceof Error ? error.message : String(error) });
  }
}

/** What the chosen file's upload is doing, announced politely; a progress bar while it runs. */
function UploadStatus({ id, upload, uploaded }: { id: string; upload: Upload; uploaded?: string }) {
  const { t } = useForm();
  return (
    <div id={id} role="status" className="jsf-upload-status">
      {upload.state === 'uploading' && (
        <>
          <progress aria-label={t('file.uploading', { name: upload.name })} />
          <span>{t('file.uploading', { name: upload.name })}</span>
        </>
      )}
      {upload.state === 'idle' && uploaded && (
        <span className="success">
          <span aria-hidden="true">✓ </span>
          {t('file.uploaded', { name: uploaded })}
        </span>
      )}
    </div>
  );
}

function useFileUpload(path: FieldProps['path']) {
  const form = useForm();
  const [state, setState] = useState<Upload>({ state: 'idle' });
  const run = async (schema: JsonSchema, file: File): Promise<FileValue | null> => {
    setState({ state: 'uploading', name: file.name });
    form.setUploading(path, true);
    const outcome = await upload(form, schema, file);
    form.setUploading(path, false);
    setState(typeof outcome === 'string' ? { state: 'failed', message: outcome } : { state: 'idle' });
    return typeof outcome === 'string' ? null : outcome;
  };
  return { form, state, run };
}

/** One file: the id of the uploaded document goes into fileId. */
export function FileField({ schema, path, name, required, title }: FieldProps) {
  const { form, state, run } = useFileUpload(path);
  const id = form.idOf(path);
  const value = getIn(form.values, path) as FileValue | undefined;
  const error = state.state === 'failed' ? state.message : (form.errorAt(path) ?? form.errorAt([...path, 'fileId']) ?? form.errorAt([...path, 'mimeType']));
  const types = acceptedTypes(schema);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const stored = await run(schema, file);
    if (stored) form.setValue(path, stored);
  };
  return (
    <div className="field jsf-field jsf-file">
      <label htmlFor={id}>
        <FieldTitle schema={schema} fallback={title ?? name} required={required} />
      </label>
      <span id={`${id}-hint`} className="hint">
        {form.t('file.types', { types: typeNames(types) })}
      </span>
      <input id={id} type="file" accept={types.join(',') || undefined} onChange={choose} disabled={form.disabled || state.state === 'uploading'} aria-invalid={error ? true : undefined} aria-describedby={describedBy(`${id}-hint`, `${id}-status`, error && `${id}-error`)} />
      <UploadStatus id={`${id}-status`} upload={state} uploaded={value?.fileId ? value.fileName ?? value.fileId : undefined} />
      {value?.fileId && state.state !== 'uploading' && (
        <button type="button" className="link-button" onClick={() => form.setValue(path, undefined)} disabled={form.disabled}>
          {form.t('file.remove', { name: value.fileName ?? value.fileId })}
        </button>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** Several files (minItems..maxItems): each upload is added to the list. */
export function FilesField({ schema, path, name, required, title }: FieldProps) {
  const { form, state, run } = useFileUpload(path);
  const id = form.idOf(path);
  const raw = getIn(form.values, path);
  const files = (Array.isArray(raw) ? raw : []) as FileValue[];
  const itemSchema = schema.items!;
  const types = acceptedTypes(itemSchema);
  const max = schema.maxItems ?? Infinity;
  const itemError = files.map((_, index) => form.errorAt([...path, index]) ?? form.errorAt([...path, index, 'fileId'])).find(Boolean);
  const error = state.state === 'failed' ? state.message : (form.errorAt(path) ?? itemError);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])].slice(0, Math.max(0, max - files.length));
    event.target.value = '';
    let list = files;
    for (const file of chosen) {
      const stored = await run(itemSchema, file);
      if (!stored) break;
      list = [...list, stored];
      form.setValue(path, list);
    }
  };
  return (
    <fieldset id={`${id}-group`} className="jsf-group jsf-file" tabIndex={-1}>
      <legend>
        <FieldTitle schema={schema} fallback={title ?? name} required={required || (schema.minItems ?? 0) > 0} />
      </legend>
      <span id={`${id}-hint`} className="hint">
        {form.t('file.types', { types: typeNames(types) })}. {form.t('itemsCount', { count: files.length, max: Number.isFinite(max) ? max : '∞' })}
      </span>
      {files.length > 0 && (
        <ul className="jsf-files" aria-label={schema.title ?? name}>
          {files.map((file, index) => (
            <li key={index} data-path={pathKey([...path, index])}>
              {file.fileName ?? file.fileId}{' '}
              <button type="button" className="link-button" disabled={form.disabled} onClick={() => form.setValue(path, files.filter((_, i) => i !== index))}>
                {form.t('file.remove', { name: file.fileName ?? file.fileId ?? '' })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {files.length < max && (
        <div className="field">
          <label htmlFor={id}>{form.t('file.add')}</label>
          <input id={id} type="file" multiple={max - files.length > 1} accept={types.join(',') || undefined} onChange={choose} disabled={form.disabled || state.state === 'uploading'} aria-invalid={error ? true : undefined} aria-describedby={describedBy(`${id}-hint`, `${id}-status`, error && `${id}-error`)} />
        </div>
      )}
      <UploadStatus id={`${id}-status`} upload={state} />
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
