import { dropSchema } from '@eco/kit';
import { rm } from 'node:fs/promises';
import { DATABASE_URL } from './env';

export default async function globalTeardown(): Promise<void> {
  const graph = globalThis.applicationsTestGraph;
  if (!graph) return;
  await Promise.all(graph.processes.map((p) => p.stop()));
  await Promise.all(graph.schemas.map((schema) => dropSchema(DATABASE_URL, schema)));
  await rm(graph.dataDir, { recursive: true, force: true });
}
