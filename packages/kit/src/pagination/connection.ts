import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from '../errors/graphql-errors';
import { PageInfo } from './page-info.type';

export const DEFAULT_PAGE_SIZE = 20;
/** `first` above this is capped, so no caller can ask for the whole table at once. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items; default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(raw.slice(CURSOR_PREFIX.length));
  if (!raw.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badUserInput('Invalid cursor', 'after');
  }
  return offset;
}

/** Offset and limit for `first`/`after`; `first` capped at MAX_PAGE_SIZE, negative refused. */
export function pageWindow(args: { first?: number | null; after?: string | null }): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0) throw badUserInput('first must not be negative', 'first');
  return {
    offset: args.after ? decodeCursor(args.after) + 1 : 0,
    limit: Math.min(first, MAX_PAGE_SIZE),
  };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<T>(nodes: readonly T[], window: PageWindow, totalCount: number): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionClass;
}
