import { Kind, parse } from 'graphql';
import { directiveArgument, supergraphGraphs } from '../supergraph/supergraph-graphs';

export interface LiveSubgraph {
  name: string;
  /** Its GraphQL URL (as routed by this gateway); its event feed is beside it. */
  url: string;
}

/** The subgraphs that declare Subscription fields: the gateway follows their event feeds. */
export function liveSubgraphsOf(supergraphSdl: string, overrides: Record<string, string>): LiveSubgraph[] {
  const document = parse(supergraphSdl);
  const owners = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Subscription') continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value === 'join__type') owners.add(directiveArgument(directive, 'graph') ?? '');
    }
  }
  return supergraphGraphs(document, overrides)
    .filter((graph) => owners.has(graph.enumValue))
    .map(({ name, url }) => ({ name, url }));
}
