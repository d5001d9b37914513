import { REQUEST_ID_HEADER } from '@eco/kit';

/** What education needs of a child: whose it is is settled by identity answering at all. */
export interface CallerChild {
  id: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
}

/** identity could not answer at all (down, timed out, not JSON). */
export class IdentityUnavailableError extends Error {
  constructor(message: string) {
    super(`identity: ${message}`);
    this.name = 'IdentityUnavailableError';
  }
}

/**
 * The CALLER's own child by id, or null when it is not theirs or does not exist. Service tests
 * use an in-memory implementation.
 */
export interface ChildrenClient {
  childOfCaller(childId: string, token: string | null, requestId?: string): Promise<CallerChild | null>;
}

const QUERY = /* GraphQL */ `
  query EducationCallerChild($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Child { id birthDate } }
  }
`;

/**
 * identity's `_entities` with the caller's token forwarded: identity shows a child only to its
 * parent, so this subgraph gains no access of its own and another parent's child comes back
 * refused (an error at its path) — the same answer as a child that does not exist.
 */
export class HttpChildrenClient implements ChildrenClient {
  constructor(private readonly options: { url: string; timeoutMs?: number }) {}

  async childOfCaller(childId: string, token: string | null, requestId?: string): Promise<CallerChild | null> {
    if (!token) return null;
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    let body: { data?: { _entities?: (CallerChild | null)[] } | null; errors?: { path?: (string | number)[] }[] };
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: QUERY, variables: { representations: [{ __typename: 'Child', id: childId }] } }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new IdentityUnavailableError(error instanceof Error ? error.message : String(error));
    }
    const entities = body.data?._entities;
    if (!Array.isArray(entities)) throw new IdentityUnavailableError('answered without _entities');
    const child = entities[0];
    if (!child || (body.errors ?? []).length > 0 || child.id !== childId) return null;
    return { id: child.id, birthDate: child.birthDate };
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
