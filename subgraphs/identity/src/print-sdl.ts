import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildIdentitySchema } from './schema';

/** Writes the subgraph SDL snapshot that composition reads. */
export const SDL_FILE = path.resolve(__dirname, '../../../schema/subgraphs/identity.graphql');

export async function printSdl(): Promise<void> {
  const { sdl } = await buildIdentitySchema();
  await mkdir(path.dirname(SDL_FILE), { recursive: true });
  await writeFile(SDL_FILE, sdl);
  console.log(`identity SDL written to ${SDL_FILE}`);
}

if (require.main === module) {
  printSdl().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
