import { SubgraphCallError, type SubgraphClient } from '@eco/kit';

export type SourceKind = 'Fine' | 'TaxAccrual';

/** What payments needs to know of a fine or a tax accrual to bill it. */
export interface SourceItem {
  id: string;
  uin: string;
  /** Kopecks payable now. */
  amountDue: number;
  payable: boolean;
}

/**
 * taxes-fines could not answer at all (down, timed out, past the deadline, not JSON, no
 * `_entities`): exactly the kit client's SubgraphCallError for an `_entities` call.
 */
export const SourceUnavailableError = SubgraphCallError;
export type SourceUnavailableError = SubgraphCallError;

/**
 * The fines / tax accruals of the CALLER, by id, in the order asked; null for an item the
 * caller may not see or that does not exist. Tests use an in-memory implementation.
 */
export interface SourceItemsClient {
  fetch(kind: SourceKind, ids: readonly string[], token: string | null, requestId?: string): Promise<(SourceItem | null)[]>;
}

/**
 * taxes-fines through its GraphQL `_entities` (the kit's client, forwarding the caller's token):
 * taxes-fines shows an entity only to its owner, so this subgraph gains no access of its own. An
 * entity refused (FORBIDDEN) or unknown comes back as null plus an error with its path; both → null.
 */
export class HttpSourceItemsClient implements SourceItemsClient {
  constructor(private readonly taxesFines: SubgraphClient) {}

  async fetch(kind: SourceKind, ids: readonly string[], token: string | null, requestId?: string): Promise<(SourceItem | null)[]> {
    const keys = ids.map((id) => ({ id }));
    const entities = await this.taxesFines.entities<SourceItem>(kind, keys, 'id uin amountDue payable', { token, requestId });
    return ids.map((id, index) => {
      const entity = entities[index];
      if (!entity || entity.id !== id) return null;
      return { id: entity.id, uin: entity.uin, amountDue: entity.amountDue, payable: entity.payable };
    });
  }
}
