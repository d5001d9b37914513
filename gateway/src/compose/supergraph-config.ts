import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The one list of subgraphs the supergraph is composed from. A regional portal adds its own
 * subgraph by adding one entry here (name, routing URL, SDL file) and running `npm run compose`.
 */
export interface SupergraphConfig {
  subgraphs: Record<string, SupergraphConfigEntry>;
}

export interface SupergraphConfigEntry {
  routing_url: string;
  schema: { file: string };
  /**
   * Plain HTTP paths of the subgraph that clients reach through the gateway's origin (receipts,
   * calendar files, open data, OAuth token endpoint). A path ending in "/" is a prefix.
   */
  public_paths?: string[];
}

export interface SubgraphSource {
  name: string;
  url: string;
  sdlPath: string;
}

export const DEFAULT_SUPERGRAPH_CONFIG = path.resolve(__dirname, '../../../schema/supergraph.config.json');

export function readSupergraphConfig(configPath: string): SubgraphSource[] {
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as SupergraphConfig;
  const dir = path.dirname(configPath);
  return Object.entries(config.subgraphs).map(([name, entry]) => ({
    name,
    url: entry.routing_url,
    sdlPath: path.resolve(dir, entry.schema.file),
  }));
}
