import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { collectPublicTags, filterPublicSchema, printPublicSchema, PublicContractError } from '../public-api/public-contract';
import type { SubgraphSource } from './supergraph-config';

export interface ComposedSupergraph {
  /** The supergraph SDL any Federation 2 gateway (Apollo Gateway, Router, Hive) can serve. */
  supergraphSdl: string;
  /** The client-facing schema (no federation machinery): for codegen and documentation. */
  apiSdl: string;
  /** The public contract: the API schema cut to what is tagged `@tag(name: "public")` (schema/public.graphql). */
  publicSdl: string;
  hints: string[];
}

export class CompositionError extends Error {
  constructor(readonly errors: string[]) {
    super(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

export function composeSupergraph(sources: SubgraphSource[]): ComposedSupergraph {
  const subgraphs = sources.map((source) => ({
    name: source.name,
    url: source.url,
    typeDefs: parse(readFileSync(source.sdlPath, 'utf8')),
  }));
  const result = composeServices(subgraphs);
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  let publicSdl: string;
  try {
    publicSdl = printPublicSchema(filterPublicSchema(apiSchema, collectPublicTags(subgraphs.map((s) => s.typeDefs))));
  } catch (error) {
    if (error instanceof PublicContractError) throw new CompositionError([`public contract: ${error.message}`]);
    throw error;
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: `${printSchema(apiSchema)}\n`,
    publicSdl,
    hints: result.hints.map((hint) => hint.toString()),
  };
}
