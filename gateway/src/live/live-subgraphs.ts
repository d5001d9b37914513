import { Kind, parse, type ConstDirectiveNode, type DocumentNode } from 'graphql';
import { subgraphUrl } from '../supergraph/subgraph-url';

export interface LiveSubgraph {
  name: string;
  /** Its GraphQL URL (as routed by this gateway); its event feed is beside it. */
  url: string;
}

const argumentValue = (directive: ConstDirectiveNode, name: string): string | undefined => {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument && argument.value.kind !== Kind.NULL && 'value' in argument.value ? String(argument.value.value) : undefined;
};

/** The subgraphs that declare Subscription fields: the gateway follows their event feeds. */
export function liveSubgraphsOf(supergraphSdl: string, overrides: Record<string, string>): LiveSubgraph[] {
  const document: DocumentNode = parse(supergraphSdl);
  const graphs = new Map<string, { name: string; url?: string }>();
  const owners = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const joinGraph = value.directives?.find((d) => d.name.value === 'join__graph');
        if (joinGraph) graphs.set(value.name.value, { name: argumentValue(joinGraph, 'name') ?? value.name.value.toLowerCase(), url: argumentValue(joinGraph, 'url') });
      }
    }
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Subscription') {
      for (const directive of definition.directives ?? []) {
        if (directive.name.value === 'join__type') owners.add(argumentValue(directive, 'graph') ?? '');
      }
    }
  }
  return [...owners]
    .map((enumValue) => graphs.get(enumValue))
    .filter((graph): graph is { name: string; url?: string } => Boolean(graph))
    .map((graph) => ({ name: graph.name, url: subgraphUrl(graph.name, graph.url, overrides) }));
}
