import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDocumentsSchema } from './schema';

/** Writes the subgraph SDL snapshot that composition reads (schema/subgraphs/documents.graphql). */
async function printSdl(): Promise<void> {
  const { sdl } = await buildDocumentsSchema();
  const target = path.resolve(__dirname, '../../../schema/subgraphs/documents.graphql');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, sdl);
  process.stdout.write(`documents SDL written to ${target}\n`);
}

printSdl().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
