import { fieldsWithoutRule, type IRules } from '@eco/kit';
import { listSubgraphs, REPO_ROOT } from '@eco/stack';
import type { FederatedSchema } from '@eco/kit';
import path from 'node:path';

/**
 * Fail-closed, proven: every subgraph in the composition config (a new one included, without
 * touching this file) gives every field of Query, Mutation, Subscription and its object types
 * an explicit rule. Read from each subgraph's build (`npm test` builds first).
 */
describe('every field of every subgraph has an explicit permission rule', () => {
  const subgraphs = listSubgraphs().map((entry) => entry.name);

  it('finds the subgraphs of the composition config', () => {
    expect(subgraphs).toEqual(expect.arrayContaining(['identity', 'catalog', 'applications', 'payments', 'taxes-fines', 'notifications', 'healthcare', 'education']));
  });

  it.each(subgraphs)('%s', async (name) => {
    const dist = path.join(REPO_ROOT, 'subgraphs', name, 'dist');
    const schemaModule = (await import(path.join(dist, 'schema.js'))) as Record<string, () => Promise<FederatedSchema>>;
    const build = Object.entries(schemaModule).find(([exported]) => /^build\w+Schema$/.test(exported))?.[1];
    const { permissions } = (await import(path.join(dist, 'permissions.js'))) as { permissions: IRules };
    expect(build).toBeDefined();
    const { schema } = await build!();
    expect(fieldsWithoutRule(schema, permissions)).toEqual([]);
  });
});
