import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, CompositionError } from './compose-supergraph';
import { DEFAULT_SUPERGRAPH_CONFIG, readSupergraphConfig } from './supergraph-config';

/**
 * `npm run compose` writes schema/supergraph.graphql, schema/api.graphql and schema/public.graphql
 * (the public contract for API clients) from the subgraph
 * SDLs listed in schema/supergraph.config.json. `--check` writes nothing and fails when the
 * committed files differ from a fresh composition.
 */
function main(argv: string[]): number {
  const configIndex = argv.indexOf('--config');
  const configPath = path.resolve(configIndex >= 0 ? argv[configIndex + 1] : DEFAULT_SUPERGRAPH_CONFIG);
  const dir = path.dirname(configPath);
  const outputs = { supergraph: path.join(dir, 'supergraph.graphql'), api: path.join(dir, 'api.graphql'), public: path.join(dir, 'public.graphql') };
  try {
    const composed = composeSupergraph(readSupergraphConfig(configPath));
    if (argv.includes('--check')) {
      const stale = [
        [outputs.supergraph, composed.supergraphSdl],
        [outputs.api, composed.apiSdl],
        [outputs.public, composed.publicSdl],
      ].filter(([file, sdl]) => readOrEmpty(file) !== sdl);
      for (const [file] of stale) console.error(`stale: ${file} (run npm run compose)`);
      return stale.length ? 1 : 0;
    }
    writeFileSync(outputs.supergraph, composed.supergraphSdl);
    writeFileSync(outputs.api, composed.apiSdl);
    writeFileSync(outputs.public, composed.publicSdl);
    for (const hint of composed.hints) console.warn(`hint: ${hint}`);
    console.log(`composed ${outputs.supergraph}`);
    return 0;
  } catch (error) {
    console.error(error instanceof CompositionError ? error.message : error);
    return 1;
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

process.exitCode = main(process.argv.slice(2));
