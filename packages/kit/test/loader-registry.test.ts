import { LoaderRegistry, orderByKeys } from '../src/loaders/loader-registry';

describe('per-request loaders', () => {
  it('batches lookups of one tick into one call and returns rows in key order', async () => {
    const calls: (readonly string[])[] = [];
    const registry = new LoaderRegistry();
    const batch = async (keys: readonly string[]) => {
      calls.push(keys);
      return orderByKeys(keys, [{ id: 'b' }, { id: 'a' }], (row) => row.id);
    };
    const results = await Promise.all(['a', 'b', 'missing'].map((id) => registry.get('thing', batch).load(id)));
    expect(calls).toEqual([['a', 'b', 'missing']]);
    expect(results).toEqual([{ id: 'a' }, { id: 'b' }, null]);
  });

  it('gives each request its own cache', async () => {
    let calls = 0;
    const batch = async (keys: readonly string[]) => keys.map((key) => ({ key, call: ++calls }));
    const first = await new LoaderRegistry().get('thing', batch).load('x');
    const second = await new LoaderRegistry().get('thing', batch).load('x');
    expect(first).not.toEqual(second);
  });
});
