import path from 'node:path';

/** The monorepo root, found from this package's compiled location (packages/stack/dist). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SUPERGRAPH_CONFIG_PATH = path.join(REPO_ROOT, 'schema/supergraph.config.json');
export const GATEWAY_MAIN = path.join(REPO_ROOT, 'gateway/dist/main.js');
export const subgraphMain = (name: string) => path.join(REPO_ROOT, 'subgraphs', name, 'dist/main.js');
