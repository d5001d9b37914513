import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageWindow, toConnection } from '../src/pagination/connection';

describe('Relay pagination', () => {
  it('starts at the beginning with the default page size', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
  });

  it('continues after the cursor of the last item seen', () => {
    expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 5 });
  });

  it('caps first at the maximum page size', () => {
    expect(pageWindow({ first: 10_000 }).limit).toBe(MAX_PAGE_SIZE);
  });

  it('refuses a negative first and a forged cursor with BAD_USER_INPUT', () => {
    expect(() => pageWindow({ first: -1 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(() => decodeCursor('garbage')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(() => decodeCursor(Buffer.from('offset:-3').toString('base64url'))).toThrow();
  });

  it('builds edges, page info and total count', () => {
    const connection = toConnection(['c', 'd'], { offset: 2, limit: 2 }, 5);
    expect(connection.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(decodeCursor(connection.pageInfo.endCursor!)).toBe(3);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(connection.totalCount).toBe(5);
    const last = toConnection(['e'], { offset: 4, limit: 2 }, 5);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], { offset: 0, limit: 2 }, 0).pageInfo).toMatchObject({ startCursor: null, endCursor: null });
  });
});
