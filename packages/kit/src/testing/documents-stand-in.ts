import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A document as the documents subgraph keeps it, reduced to what the stand-in answers. */
export interface StandInDocument {
  id: string;
  ownerId: string;
  /** AWAITING_UPLOAD | CLEAN | QUARANTINED (any other text passes through as it is). */
  status: string;
  contentType: string;
  fileName?: string;
  size?: number;
  purpose?: string;
}

export interface StandInRequest {
  authorization: string | undefined;
  requestId: string | undefined;
  representations: { __typename: string; id: string }[];
}

const TOKEN_PREFIX = 'documents-stand-in.';

/** `tokenFor(userId)`'s user, or the `sub` of an access token (read, not verified: a stand-in). */
function callerOf(authorization: string | undefined): string | null {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null;
  if (!token) return null;
  if (token.startsWith(TOKEN_PREFIX)) return token.slice(TOKEN_PREFIX.length);
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: unknown };
    return typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}

/**
 * For subgraph tests: a real HTTP server that answers `_entities` for `Document` as the documents
 * subgraph does — a document comes back only to its owner; anyone else's is null with an error
 * at its index, an unknown id a plain null. The caller is told by the bearer token:
 * `tokenFor(userId)`, or a real access token's subject (read, not verified).
 * It keeps what it was sent, and can be stopped to play the documents subgraph being down.
 */
export class DocumentsStandIn {
  private readonly documents = new Map<string, StandInDocument>();
  private server: http.Server | null = null;
  readonly received: StandInRequest[] = [];
  url = '';

  /** The bearer token that makes the stand-in treat the caller as `userId`. */
  static tokenFor(userId: string): string {
    return `${TOKEN_PREFIX}${userId}`;
  }

  add(...documents: StandInDocument[]): this {
    for (const document of documents) this.documents.set(document.id, document);
    return this;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(this.answer(req, body)));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  private answer(req: http.IncomingMessage, raw: string) {
    let parsed: { query?: string; variables?: { representations?: StandInRequest['representations'] } };
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { errors: [{ message: 'body is not JSON', extensions: { code: 'BAD_REQUEST' } }] };
    }
    const representations = parsed.variables?.representations;
    if (!parsed.query?.includes('_entities') || !Array.isArray(representations)) {
      return { errors: [{ message: 'the stand-in answers _entities only', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
    }
    const authorization = req.headers.authorization;
    const requestId = req.headers['x-request-id'];
    this.received.push({ authorization, requestId: typeof requestId === 'string' ? requestId : undefined, representations });
    const caller = callerOf(authorization);
    const errors: { message: string; path: (string | number)[]; extensions: { code: string } }[] = [];
    const entities = representations.map((representation, index) => {
      const document = representation.__typename === 'Document' ? this.documents.get(representation.id) : undefined;
      if (document && caller !== null && document.ownerId === caller) {
        const { ownerId: _owner, ...fields } = document;
        return { __typename: 'Document', ...fields };
      }
      // Someone else's is refused at its index (the shield's answer); an unknown id is a plain null.
      if (document) errors.push({ message: 'Not allowed', path: ['_entities', index], extensions: { code: caller ? 'FORBIDDEN' : 'UNAUTHENTICATED' } });
      return null;
    });
    return errors.length > 0 ? { data: { _entities: entities }, errors } : { data: { _entities: entities } };
  }
}
