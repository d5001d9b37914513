import DataLoader from 'dataloader';

/**
 * One registry per request: every entity lookup goes through a DataLoader created here,
 * so N lookups in one plan level cost one batched query and nothing leaks between requests.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** The request's loader named `name`, created on first use from `batch`. */
  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | null)[]>): DataLoader<K, V | null> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V | null>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V | null>;
  }
}

/** Puts rows back in the order of the requested keys (DataLoader's contract), null where missing. */
export function orderByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}
