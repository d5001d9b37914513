import { empty, join, raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
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

/** One value of a sort key. Sort keys never hold null: keyset lists order by non-null columns. */
export type KeyValue = string | number | boolean | Date;
export type SortDirection = 'asc' | 'desc';

/**
 * A list's total order, the last field being unique (`id`). Keyset pagination: a cursor is the
 * sort key of a row, and the next page is "the rows after that key" — a row added or removed
 * before it shifts nothing (an offset would repeat or skip rows).
 */
export interface KeysetOrder<T = unknown> {
  /** Names the list inside its cursors, so a cursor of another list is refused. */
  readonly name: string;
  readonly fields: readonly { readonly path: string; readonly direction: SortDirection }[];
  /** The Prisma `orderBy` of the fields (a dotted path orders by a to-one relation's field). */
  // `any`: each subgraph's generated Prisma types accept these plain objects without a cast.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly orderBy: Record<string, any>[];
  keyOf(row: T): KeyValue[];
  /** The Prisma `where` selecting the rows after `key` (`{}` on the first page). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  after(key: readonly KeyValue[] | null): Record<string, any>;
}

function valueAt(row: unknown, path: string): KeyValue {
  let value: unknown = row;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | null)?.[part];
  if (value === null || value === undefined) throw new Error(`Sort key ${path} is missing on a row`);
  return value as KeyValue;
}

function nested(path: string, leaf: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((inner, part) => ({ [part]: inner }), leaf) as Record<string, unknown>;
}

/**
 * Declares a list's order: `keysetOrder('fines', [['decisionDate', 'desc'], ['id', 'asc']])`.
 * `keyOf` reads the paths off a row unless given (for keys that are not plain row fields).
 */
export function keysetOrder<T = unknown>(
  name: string,
  fields: readonly (readonly [path: string, direction: SortDirection])[],
  keyOf?: (row: T) => KeyValue[],
): KeysetOrder<T> {
  if (!fields.length) throw new Error(`Order ${name} has no fields`);
  const spec = fields.map(([path, direction]) => ({ path, direction }));
  return {
    name,
    fields: spec,
    orderBy: spec.map(({ path, direction }) => nested(path, direction)),
    keyOf: keyOf ?? ((row) => spec.map(({ path }) => valueAt(row, path))),
    after(key) {
      if (!key) return {};
      // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … with > read as < for a descending field.
      return {
        OR: spec.map(({ path, direction }, index) => ({
          AND: [
            ...spec.slice(0, index).map((equal, j) => nested(equal.path, key[j])),
            nested(path, { [direction === 'asc' ? 'gt' : 'lt']: key[index] }),
          ],
        })),
      };
    },
  };
}

export interface PageWindow {
  /** The sort key of the previous page's last row; null on the first page. */
  after: KeyValue[] | null;
  /** The page size. */
  limit: number;
  /** How many rows to fetch: one more than the page, which tells whether a next page exists. */
  take: number;
  order: KeysetOrder<any>;
}

const CURSOR_VERSION = 'k1:';

type EncodedValue = string | number | boolean | { d: string };

/** Opaque to clients: base64url of a version prefix and JSON [list name, sort key]. */
export function encodeCursor(order: Pick<KeysetOrder, 'name'>, key: readonly KeyValue[]): string {
  const values: EncodedValue[] = key.map((value) => (value instanceof Date ? { d: value.toISOString() } : value));
  return Buffer.from(CURSOR_VERSION + JSON.stringify([order.name, values])).toString('base64url');
}

function decodeValue(value: unknown): KeyValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value && typeof value === 'object' && typeof (value as { d?: unknown }).d === 'string' && Object.keys(value).length === 1) {
    const date = new Date((value as { d: string }).d);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/** The sort key in a cursor of `order`'s list; a malformed or foreign cursor is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, order: Pick<KeysetOrder, 'name' | 'fields'>): KeyValue[] {
  const invalid = () => badUserInput('Invalid cursor', 'after');
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith(CURSOR_VERSION)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.slice(CURSOR_VERSION.length));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== order.name || !Array.isArray(parsed[1])) throw invalid();
  const values = (parsed[1] as unknown[]).map(decodeValue);
  if (values.length !== order.fields.length || values.some((value) => value === undefined)) throw invalid();
  return values as KeyValue[];
}

/** The window for `first`/`after` over `order`; `first` capped at MAX_PAGE_SIZE, negative refused. */
export function pageWindow(args: { first?: number | null; after?: string | null }, order: KeysetOrder<any>): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0) throw badUserInput('first must not be negative', 'first');
  const limit = Math.min(first, MAX_PAGE_SIZE);
  return { after: args.after ? decodeCursor(args.after, order) : null, limit, take: limit + 1, order };
}

/** A column of a raw keyset condition: its SQL expression and the PostgreSQL type its value is cast to. */
export interface KeysetColumn {
  sql: Sql;
  type: 'uuid' | 'text' | 'int' | 'float4' | 'float8' | 'timestamptz' | 'date' | 'boolean';
}

/**
 * Raw SQL form of `order.after`: the condition on `columns` (one per field of the order, in the
 * same order, each the expression the query orders by) selecting the rows after the window's
 * cursor; TRUE on the first page.
 */
export function keysetCondition(columns: readonly KeysetColumn[], window: PageWindow): Sql {
  const key = window.after;
  if (!key) return sql`TRUE`;
  const fields = window.order.fields;
  if (columns.length !== fields.length) throw new Error(`Order ${window.order.name} has ${fields.length} fields, got ${columns.length} columns`);
  const value = (index: number) => sql`CAST(${key[index]} AS ${raw(columns[index].type)})`;
  const branches = fields.map(({ direction }, index) => {
    const equal = columns.slice(0, index).map((column, j) => sql`${column.sql} = ${value(j)}`);
    const beyond = direction === 'asc' ? sql`${columns[index].sql} > ${value(index)}` : sql`${columns[index].sql} < ${value(index)}`;
    return sql`(${equal.length ? sql`${join(equal, ' AND ')} AND ` : empty}${beyond})`;
  });
  return sql`(${join(branches, ' OR ')})`;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Edges, page info and total count from the rows fetched with `window.take` (one more than the
 * page when a next page exists). `keys`, parallel to `rows`, overrides `order.keyOf` for sort
 * keys that are not fields of the row (a search rank).
 */
export function toConnection<T>(rows: readonly T[], window: PageWindow, totalCount: number, keys?: readonly KeyValue[][]): Connection<T> {
  const nodes = rows.slice(0, window.limit);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(window.order, keys?.[index] ?? window.order.keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.after !== null,
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
