/**
 * The URL the gateway calls for a subgraph: an override if one is configured, else the routing
 * URL the supergraph itself declares. Names are compared as env variables spell them, so
 * `regional-portal` is overridden by SUBGRAPH_REGIONAL_PORTAL_URL.
 */
export function subgraphUrl(name: string, declaredUrl: string | undefined, overrides: Record<string, string>): string {
  const override = overrides[name.toLowerCase().replace(/-/g, '_')];
  const url = override ?? declaredUrl;
  if (!url) throw new Error(`Subgraph "${name}" has no URL in the supergraph and no SUBGRAPH_*_URL override`);
  return url;
}
