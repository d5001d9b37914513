import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { permissionShield, type IRules } from '../permissions/rules';
import { SCALARS_MAP } from '../scalars/scalars';
import { nullableWhereRefusable } from './nullable-where-refusable';

/** Pinned once for every subgraph, so they all speak the same federation version. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible", "@override"])';

/**
 * Subgraphs only declare Subscription fields: the gateway serves them (graphql-ws) from the
 * subgraphs' event feeds. type-graphql wants a pubSub for any @Subscription; this one says so.
 */
const GATEWAY_SERVES_SUBSCRIPTIONS = {
  publish: () => undefined,
  subscribe: (): AsyncIterable<unknown> => {
    throw new Error('Subscriptions are served by the gateway over graphql-ws, not by a subgraph');
  },
};

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/ban-types
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/ban-types
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: ReferenceResolvers;
  /** graphql-shield rules of the subgraph; anything without a rule is denied. */
  permissions: IRules;
  /**
   * Entities another subgraph owns that this one adds fields to (`User` outside identity): the
   * added fields are nullable, so a refusal here never wipes what the owner returned.
   */
  foreignEntities?: string[];
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it (written to schema/subgraphs/<name>.graphql). */
  sdl: string;
}

/** type-graphql classes -> Federation 2 subgraph schema -> graphql-shield (fallback deny). */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<FederatedSchema> {
  const builtSchema = await buildSchema({
    resolvers: options.resolvers,
    pubSub: GATEWAY_SERVES_SUBSCRIPTIONS,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: SCALARS_MAP,
    skipCheck: true,
    validate: false,
  });
  const typeGraphQLSchema = nullableWhereRefusable(builtSchema, options.foreignEntities ?? []);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}\n`;
  const resolvers = mergeReferenceResolvers(createResolversMap(typeGraphQLSchema), options.referenceResolvers ?? {});
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  const schema = applyMiddleware(subgraph, permissionShield(options.permissions, (name) => Boolean(subgraph.getType(name))));
  return { schema, sdl };
}

type ResolverMap = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

function mergeReferenceResolvers(resolvers: object, references: ReferenceResolvers): ResolverMap {
  const merged: Record<string, unknown> = { ...resolvers };
  for (const [typeName, reference] of Object.entries(references)) {
    merged[typeName] = { ...(merged[typeName] as object | undefined), ...reference };
  }
  return merged as ResolverMap;
}
