import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, CompositionError } from './compose-supergraph';
import { CHANGELOG_HEADER, changelogSection, reviewContractChanges } from './contract-changes';
import { DEFAULT_SUPERGRAPH_CONFIG, readSupergraphConfig } from './supergraph-config';

/**
 * `npm run compose` writes schema/supergraph.graphql, schema/api.graphql and schema/public.graphql
 * (the public contract for API clients) from the subgraph
 * SDLs listed in schema/supergraph.config.json. `--check` writes nothing and fails when the
 * committed files differ from a fresh composition.
 *
 * Both refuse a breaking change to the public contract (the committed public.graphql against the
 * new one) unless what it removes or changes was deprecated with a removal date that has passed;
 * writing appends the accepted changes to docs/public-api-changelog.md (`--changelog <file>`).
 * `--base <file>` compares with another contract instead (CI: the main branch's public.graphql).
 */
async function main(argv: string[]): Promise<number> {
  const option = (name: string) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
  const configPath = path.resolve(option('--config') ?? DEFAULT_SUPERGRAPH_CONFIG);
  const dir = path.dirname(configPath);
  const outputs = { supergraph: path.join(dir, 'supergraph.graphql'), api: path.join(dir, 'api.graphql'), public: path.join(dir, 'public.graphql') };
  const changelog = path.resolve(option('--changelog') ?? path.join(dir, '..', 'docs', 'public-api-changelog.md'));
  try {
    const composed = composeSupergraph(readSupergraphConfig(configPath));
    const committed = readOrEmpty(path.resolve(option('--base') ?? outputs.public));
    const today = new Date().toISOString().slice(0, 10);
    const review = committed ? await reviewContractChanges(committed, composed.publicSdl, today) : { refused: [], accepted: [] };
    for (const change of review.refused) {
      console.error(`breaking change to the public contract: ${change.path ?? ''} ${change.message}`);
    }
    if (review.refused.length) {
      console.error('Deprecate first — @deprecated(reason: "Use … instead. Removal after YYYY-MM-DD.") — and remove after that date (docs/api-clients.md).');
      return 1;
    }
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
    const section = changelogSection(review.accepted, today);
    if (section) {
      if (!existsSync(changelog)) writeFileSync(changelog, CHANGELOG_HEADER);
      appendFileSync(changelog, section);
      console.log(`public contract: ${review.accepted.length} change(s) logged in ${changelog}`);
    }
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

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
