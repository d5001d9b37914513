import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  buildSchema,
  execute,
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GatewayContext } from '../auth/gateway-context';
import { contractRefusals } from './contract-gate';

/** Beside the supergraph file: written by `npm run compose` with the other schema files. */
export const PUBLIC_SCHEMA_FILE = 'public.graphql';

export interface PublicContractOptions {
  /** The public contract API clients see; null when there is none (then they are refused). */
  publicSchema: GraphQLSchema | null;
}

/** The public schema written next to a supergraph file, or null when there is none. */
export function loadPublicSchemaBeside(supergraphPath: string): GraphQLSchema | null {
  const file = path.join(path.dirname(supergraphPath), PUBLIC_SCHEMA_FILE);
  return existsSync(file) ? buildSchema(readFileSync(file, 'utf8')) : null;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Names of the operation's root fields, through fragments and inline fragments. */
function rootFieldNames(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFieldNames(fragment.selectionSet, fragments, seen);
  });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

const validationFailed = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });

/**
 * Third-party API clients (tokens with a client id) see only the public contract: their
 * operation was validated against it before Apollo saw it (contract-gate.ts), so anything else
 * "does not exist", and their introspection is answered from it here. Introspection must then
 * be an operation of its own (only `__schema`, `__type`, `__typename` at the root). People's
 * requests are untouched. The subgraphs' scope rules still decide what a client may read.
 */
export function usePublicContract(options: PublicContractOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.viewer.clientId) return;
      let introspectionOnly = false;
      return {
        async didResolveOperation({ document, operation }) {
          // Over HTTP the gate (contract-gate.ts) already refused this before Apollo parsed it; this
          // holds the same line for operations that reach Apollo another way.
          const [refusal] = contractRefusals(options.publicSchema, document, []);
          if (refusal) throw new GraphQLError(refusal.message, { nodes: refusal.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          const roots = operation ? rootFieldNames(operation.selectionSet, fragmentsOf(document)) : [];
          const introspects = roots.some((name) => INTROSPECTION_ROOTS.has(name));
          if (introspects && roots.some((name) => !name.startsWith('__'))) {
            throw validationFailed('Send introspection (__schema, __type) as an operation of its own');
          }
          introspectionOnly = introspects;
        },
        async responseForOperation({ document, operation, request }): Promise<GraphQLResponse | null> {
          if (!introspectionOnly || !options.publicSchema) return null;
          const result = await execute({
            schema: options.publicSchema,
            document: { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === (operation as OperationDefinitionNode)) },
            variableValues: request.variables,
            operationName: operation?.name?.value,
          });
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data ?? null, ...(result.errors ? { errors: result.errors } : {}) } } };
        },
      };
    },
  };
}
