import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import type { SubgraphSource } from './supergraph-config';

export interface ComposedSupergraph {
  /** The supergraph SDL any Federation 2 gateway (Apollo Gateway, Router, Hive) can serve. */
  supergraphSdl: string;
  /** The client-facing schema (no federation machinery): for codegen and documentation. */
  apiSdl: string;
  hints: string[];
}

export class CompositionError extends Error {
  constructor(readonly errors: string[]) {
    super(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

export function composeSupergraph(sources: SubgraphSource[]): ComposedSupergraph {
  const result = composeServices(
    sources.map((source) => ({
      name: source.name,
      url: source.url,
      typeDefs: parse(readFileSync(source.sdlPath, 'utf8')),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
    hints: result.hints.map((hint) => hint.toString()),
  };
}
