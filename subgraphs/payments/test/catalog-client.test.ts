import { subgraphClient } from '@eco/kit';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CatalogClient } from '../src/clients/catalog-client';

describe('CatalogClient', () => {
  it("asks the catalog's GraphQL for service(id) { feeKopecks titleRu titleEn } and throws on errors (so the event is retried)", async () => {
    const bodies: { query: string; variables: { id: string } }[] = [];
    const app = express();
    app.post('/graphql', express.json(), (req, res) => {
      bodies.push(req.body);
      if (req.body.variables.id === 'broken') res.json({ errors: [{ message: 'boom' }], data: null });
      else res.json({ data: { service: req.body.variables.id === 'known' ? { feeKopecks: 160_000, titleRu: 'Паспорт', titleEn: 'Passport' } : null } });
    });
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      // A generous timeout: on a loaded 2-core machine the local server can be slow to answer.
      const client = new CatalogClient(subgraphClient('catalog', { catalog: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` }, { timeoutMs: 30_000 }));
      expect(await client.feeOf('known')).toEqual({ feeKopecks: 160_000, titleRu: 'Паспорт', titleEn: 'Passport' });
      expect(await client.feeOf('unknown')).toBeNull();
      await expect(client.feeOf('broken')).rejects.toThrow('catalog');
      expect(bodies[0].query).toContain('service(id: $id) { feeKopecks titleRu titleEn }');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
