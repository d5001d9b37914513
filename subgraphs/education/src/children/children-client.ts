import type { SubgraphClient } from '@eco/kit';

/** What education needs of a child: whose it is is settled by identity answering at all. */
export interface CallerChild {
  id: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
}

/**
 * The CALLER's own child by id, or null when it is not theirs or does not exist. Service tests
 * use an in-memory implementation.
 */
export interface ChildrenClient {
  childOfCaller(childId: string, token: string | null, requestId?: string): Promise<CallerChild | null>;
}

/**
 * identity's `_entities` through the kit's client, with the caller's token forwarded: identity
 * shows a child only to its parent, so this subgraph gains no access of its own and another
 * parent's child comes back refused (an error at its path) — the same answer as a child that does
 * not exist. identity not answering is the kit's SubgraphCallError.
 */
export class HttpChildrenClient implements ChildrenClient {
  constructor(private readonly identity: SubgraphClient) {}

  async childOfCaller(childId: string, token: string | null, requestId?: string): Promise<CallerChild | null> {
    if (!token) return null;
    const [child] = await this.identity.entities<CallerChild>('Child', [{ id: childId }], 'id birthDate', { token, requestId });
    return child && child.id === childId ? { id: child.id, birthDate: child.birthDate } : null;
  }
}

/** For tests: children by id and parent, no network. */
export class InMemoryChildrenClient implements ChildrenClient {
  private readonly children = new Map<string, { parentToken: string; child: CallerChild }>();

  add(parentToken: string, child: CallerChild): void {
    this.children.set(child.id, { parentToken, child });
  }

  async childOfCaller(childId: string, token: string | null): Promise<CallerChild | null> {
    const entry = this.children.get(childId);
    return entry && token && entry.parentToken === token ? entry.child : null;
  }
}
