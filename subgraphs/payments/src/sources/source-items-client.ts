import { REQUEST_ID_HEADER } from '@eco/kit';

export type SourceKind = 'Fine' | 'TaxAccrual';

/** What payments needs to know of a fine or a tax accrual to bill it. */
export interface SourceItem {
  id: string;
  uin: string;
  /** Kopecks payable now. */
  amountDue: number;
  payable: boolean;
}

/** taxes-fines could not answer at all (down, timed out, not JSON). */
export class SourceUnavailableError extends Error {
  constructor(message: string) {
    super(`taxes-fines: ${message}`);
    this.name = 'SourceUnavailableError';
  }
}

/**
 * The fines / tax accruals of the CALLER, by id, in the order asked; null for an item the
 * caller may not see or that does not exist. Tests use an in-memory implementation.
 */
export interface SourceItemsClient {
  fetch(kind: SourceKind, ids: readonly string[], token: string | null, requestId?: string): Promise<(SourceItem | null)[]>;
}

/**
 * taxes-fines through its GraphQL `_entities`, forwarding the caller's token: taxes-fines
 * shows an entity only to its owner, so this subgraph gains no access of its own. An entity
 * refused (FORBIDDEN) or unknown comes back as null plus an error with its path; both → null.
 */
export class HttpSourceItemsClient implements SourceItemsClient {
  constructor(private readonly options: { url: string; timeoutMs?: number }) {}

  async fetch(kind: SourceKind, ids: readonly string[], token: string | null, requestId?: string): Promise<(SourceItem | null)[]> {
    const query = `query PaymentsSourceItems($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on ${kind} { id uin amountDue payable } }
    }`;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    let body: { data?: { _entities?: (SourceItem | null)[] } | null; errors?: { path?: (string | number)[] }[] };
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: { representations: ids.map((id) => ({ __typename: kind, id })) } }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new SourceUnavailableError(error instanceof Error ? error.message : String(error));
    }
    const entities = body.data?._entities;
    if (!Array.isArray(entities)) throw new SourceUnavailableError('answered without _entities');
    // Entries with an error at their path are not the caller's (or do not exist).
    const refused = new Set((body.errors ?? []).map((error) => error.path?.[1]).filter((index): index is number => typeof index === 'number'));
    return ids.map((id, index) => {
      const entity = entities[index];
      if (!entity || refused.has(index) || entity.id !== id) return null;
      return { id: entity.id, uin: entity.uin, amountDue: entity.amountDue, payable: entity.payable };
    });
  }
}
