import { EcoGraphQLError } from '@eco/sdk';

/** What the API said (its coded message), or the failure's own text; announced when it appears. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof EcoGraphQLError ? error.errors.map((e) => e.message).join('; ') : error instanceof Error ? error.message : String(error);
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
