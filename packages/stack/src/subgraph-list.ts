import { readFileSync } from 'node:fs';
import { SUPERGRAPH_CONFIG_PATH } from './repo-paths';

export interface SubgraphEntry {
  name: string;
  /** The port of its routing URL in the composition config: the development default. */
  defaultPort: number;
}

/** Our subgraphs, in the order of the composition config (identity first: it issues the keys). */
export function listSubgraphs(configPath = SUPERGRAPH_CONFIG_PATH): SubgraphEntry[] {
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as {
    subgraphs: Record<string, { routing_url: string }>;
  };
  return Object.entries(config.subgraphs).map(([name, entry]) => ({
    name,
    defaultPort: Number(new URL(entry.routing_url).port),
  }));
}
