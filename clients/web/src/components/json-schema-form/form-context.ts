import { createContext, useContext } from 'react';
import type { Locale } from '../../i18n/i18n';
import type { FormMessageKey } from './messages';
import type { Path } from './schema';

/** Uploads one file and resolves with the new document's id; rejects with an Error (a `status` when HTTP answered). */
export type Uploader = (file: File, mimeType: string) => Promise<string>;

export interface FormContextValue {
  values: unknown;
  setValue(path: Path, value: unknown): void;
  /** The message to show under the field at `path`, if any. */
  errorAt(path: Path): string | undefined;
  /** The element id of the input (or group) at `path`, stable per form. */
  idOf(path: Path): string;
  uploader: Uploader;
  /** Tells the form a file is uploading (it will not submit until the upload has ended). */
  setUploading(path: Path, uploading: boolean): void;
  t(key: FormMessageKey, params?: Record<string, string | number>): string;
  locale: Locale;
  disabled: boolean;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error('useForm outside JsonSchemaForm');
  return context;
}
