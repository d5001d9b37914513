import { useState } from 'react';
import type { UserErrorLike } from '../applications/common';
import { splitUserErrors } from './user-errors';

/**
 * The state of one profile form: which fields the API refused and why, a refusal that names no
 * field, and whether a save is under way. `save` runs the mutation and tells whether it succeeded.
 */
export function useSave<F extends string>(fields: readonly F[], prefix?: string) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save(mutation: () => Promise<{ userErrors: readonly UserErrorLike[] } | null | undefined>): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    try {
      const payload = await mutation();
      const { byField, general } = splitUserErrors(payload?.userErrors, fields, prefix);
      setErrors(byField);
      if (general.length) setProblem(new Error(general.join('; ')));
      return !!payload && payload.userErrors.length === 0;
    } catch (error) {
      setErrors({});
      setProblem(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const reset = () => {
    setErrors({});
    setProblem(null);
  };

  return { errors, problem, busy, save, reset };
}
