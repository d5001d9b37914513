import { sqltag as sql } from '@prisma/client/runtime/client';
import {
  decodeCursor,
  encodeCursor,
  keysetCondition,
  keysetOrder,
  MAX_PAGE_SIZE,
  pageWindow,
  toConnection,
  type KeyValue,
} from '../src/pagination/connection';

interface Row {
  id: string;
  createdAt: Date;
}

const NEWEST_FIRST = keysetOrder<Row>('test-rows', [['createdAt', 'desc'], ['id', 'asc']]);
const BAD_USER_INPUT = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) });

/** Evaluates the Prisma `where` subset `keysetOrder` builds (OR, AND, equality, gt, lt). */
function matches(row: Record<string, unknown>, where: Record<string, unknown>): boolean {
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'OR') return (condition as Record<string, unknown>[]).some((part) => matches(row, part));
    if (key === 'AND') return (condition as Record<string, unknown>[]).every((part) => matches(row, part));
    const value = row[key] as KeyValue;
    const cmp = (a: KeyValue, b: KeyValue) => (a < b ? -1 : a > b ? 1 : 0);
    if (condition instanceof Date || typeof condition !== 'object') return cmp(value, condition as KeyValue) === 0;
    const { gt, lt } = condition as { gt?: KeyValue; lt?: KeyValue };
    return (gt === undefined || cmp(value, gt) > 0) && (lt === undefined || cmp(value, lt) < 0);
  });
}

function fetch(rows: Row[], args: { first?: number; after?: string | null }) {
  const window = pageWindow(args, NEWEST_FIRST);
  const sorted = [...rows].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id));
  const found = sorted.filter((row) => matches(row as unknown as Record<string, unknown>, NEWEST_FIRST.after(window.after)));
  return toConnection(found.slice(0, window.take), window, rows.length);
}

describe('Relay pagination (keyset cursors)', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
  // Two rows share a timestamp: the id breaks the tie.
  const rows: Row[] = [
    { id: 'a', createdAt: at(5) },
    { id: 'b', createdAt: at(4) },
    { id: 'c', createdAt: at(4) },
    { id: 'd', createdAt: at(3) },
    { id: 'e', createdAt: at(1) },
  ];

  it('starts at the beginning with the default page size, fetching one row more than the page', () => {
    expect(pageWindow({}, NEWEST_FIRST)).toMatchObject({ after: null, limit: 20, take: 21 });
  });

  it('caps first at the maximum page size and refuses a negative one', () => {
    expect(pageWindow({ first: 10_000 }, NEWEST_FIRST).limit).toBe(MAX_PAGE_SIZE);
    expect(() => pageWindow({ first: -1 }, NEWEST_FIRST)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('round-trips the sort key of a row, dates included', () => {
    const cursor = encodeCursor(NEWEST_FIRST, [at(4), 'c']);
    expect(decodeCursor(cursor, NEWEST_FIRST)).toEqual([at(4), 'c']);
    expect(pageWindow({ after: cursor }, NEWEST_FIRST).after).toEqual([at(4), 'c']);
  });

  it('refuses malformed, old-style and foreign cursors with BAD_USER_INPUT on "after"', () => {
    const other = keysetOrder('other-rows', [['createdAt', 'desc'], ['id', 'asc']]);
    const forged = (text: string) => Buffer.from(text).toString('base64url');
    for (const cursor of [
      'garbage',
      forged('offset:3'),
      forged('k1:{not json'),
      forged('k1:["test-rows",[{"d":"not a date"},"a"]]'),
      forged('k1:["test-rows",["a"]]'),
      forged('k1:["test-rows",[null,"a"]]'),
      encodeCursor(other, [at(1), 'a']),
    ]) {
      expect(() => pageWindow({ after: cursor }, NEWEST_FIRST)).toThrow(BAD_USER_INPUT);
    }
  });

  it('pages in order with page info and total count', () => {
    const first = fetch(rows, { first: 2 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(5);
    const second = fetch(rows, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(['c', 'd']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = fetch(rows, { first: 2, after: second.pageInfo.endCursor });
    expect(last.edges.map((edge) => edge.node.id)).toEqual(['e']);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(fetch([], {}).pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: false });
  });

  it('a row added before the cursor shifts nothing: no duplicate, no gap', () => {
    const first = fetch(rows, { first: 2 });
    const grown = [...rows, { id: 'z', createdAt: at(9) }];
    const second = fetch(grown, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(['c', 'd']);
    expect(second.totalCount).toBe(6);
  });

  it('orders by a to-one relation field through a dotted path', () => {
    const bySlot = keysetOrder<{ id: string; slot: { startsAt: Date } }>('by-slot', [['slot.startsAt', 'desc'], ['id', 'asc']]);
    expect(bySlot.orderBy).toEqual([{ slot: { startsAt: 'desc' } }, { id: 'asc' }]);
    expect(bySlot.keyOf({ id: 'x', slot: { startsAt: at(2) } })).toEqual([at(2), 'x']);
    expect(bySlot.after([at(2), 'x'])).toEqual({
      OR: [{ AND: [{ slot: { startsAt: { lt: at(2) } } }] }, { AND: [{ slot: { startsAt: at(2) } }, { id: { gt: 'x' } }] }],
    });
  });

  it('builds the same condition in raw SQL', () => {
    const window = pageWindow({ after: encodeCursor(NEWEST_FIRST, [at(4), 'c']) }, NEWEST_FIRST);
    const columns = [
      { sql: sql`t.created_at`, type: 'timestamptz' as const },
      { sql: sql`t.id`, type: 'text' as const },
    ];
    const condition = keysetCondition(columns, window);
    expect(condition.text.replace(/\s+/g, ' ')).toBe(
      '((t.created_at < CAST($1 AS timestamptz)) OR (t.created_at = CAST($2 AS timestamptz) AND t.id > CAST($3 AS text)))',
    );
    expect(condition.values).toEqual([at(4), at(4), 'c']);
    expect(keysetCondition(columns, pageWindow({}, NEWEST_FIRST)).sql).toBe('TRUE');
  });
});
