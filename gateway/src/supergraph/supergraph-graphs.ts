import { Kind, parse, type ConstDirectiveNode, type DocumentNode } from 'graphql';
import { subgraphUrl } from './subgraph-url';

export interface SupergraphGraph {
  /** The enum value the supergraph's join directives name it by (IDENTITY). */
  enumValue: string;
  /** Its name in the composition (identity). */
  name: string;
  /** Its GraphQL URL as this gateway routes it (an override, else the declared one). */
  url: string;
}

export const directiveArgument = (directive: ConstDirectiveNode, name: string): string | undefined => {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument && argument.value.kind !== Kind.NULL && 'value' in argument.value ? String(argument.value.value) : undefined;
};

/** The subgraphs a supergraph is composed of (its `join__Graph` enum), with their routed URLs. */
export function supergraphGraphs(supergraph: string | DocumentNode, overrides: Record<string, string>): SupergraphGraph[] {
  const document = typeof supergraph === 'string' ? parse(supergraph) : supergraph;
  const graphs: SupergraphGraph[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const joinGraph = value.directives?.find((d) => d.name.value === 'join__graph');
      if (!joinGraph) continue;
      const name = directiveArgument(joinGraph, 'name') ?? value.name.value.toLowerCase();
      graphs.push({ enumValue: value.name.value, name, url: subgraphUrl(name, directiveArgument(joinGraph, 'url'), overrides) });
    }
  }
  return graphs;
}
