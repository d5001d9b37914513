import {
  GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  lexicographicSortSchema,
  printSchema,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type InterfaceTypeDefinitionNode,
  type InterfaceTypeExtensionNode,
  type ConstDirectiveNode,
} from 'graphql';
import { mapSchema, MapperKind } from '@graphql-tools/utils';

/** The tag that puts a type or field into the public contract (`@tag(name: "public")`). */
export const PUBLIC_TAG = 'public';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

type CompositeNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode | InterfaceTypeDefinitionNode | InterfaceTypeExtensionNode;

export class PublicContractError extends Error {}

/** What the subgraphs tagged, read from their SDLs (where each tag's origin is still known). */
export interface PublicTags {
  /** `Type.field` coordinates in the contract. */
  fields: Set<string>;
  /** Types whose fields are chosen by tags (entities, roots, anything tagged). */
  governed: Set<string>;
}

const hasPublicTag = (directives: readonly ConstDirectiveNode[] | undefined, tag: string) =>
  (directives ?? []).some(
    (d) => d.name.value === 'tag' && d.arguments?.some((a) => a.name.value === 'name' && a.value.kind === Kind.STRING && a.value.value === tag),
  );

/**
 * Reads the tags of every subgraph SDL. A field is public when it carries the tag, or when the
 * type is tagged in the subgraph that declares the field (so tagging `Service` in catalog opens
 * catalog's Service fields, not the fields other subgraphs add to it).
 */
export function collectPublicTags(subgraphs: readonly DocumentNode[], tag = PUBLIC_TAG): PublicTags {
  const fields = new Set<string>();
  const governed = new Set<string>(ROOT_TYPES);
  for (const document of subgraphs) {
    for (const definition of document.definitions) {
      if (
        definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
        definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
      ) continue;
      const node = definition as CompositeNode;
      const type = node.name.value;
      const typeTagged = hasPublicTag(node.directives, tag);
      const isEntity = (node.directives ?? []).some((d) => d.name.value === 'key');
      const fieldNodes: readonly FieldDefinitionNode[] = node.fields ?? [];
      const anyFieldTagged = fieldNodes.some((f) => hasPublicTag(f.directives, tag));
      if (typeTagged || isEntity || anyFieldTagged) governed.add(type);
      for (const field of fieldNodes) {
        if (typeTagged || hasPublicTag(field.directives, tag)) fields.add(`${type}.${field.name.value}`);
      }
    }
  }
  return { fields, governed };
}

/**
 * The API schema cut down to the public contract:
 * - root fields and fields of entities (or of any type with a tag) only where tagged;
 * - other object types (connections, edges, payloads, value types) whole, once reachable;
 * - a field whose type ends up with no public fields is dropped (e.g. `WebhookEndpoint.owner: User`);
 * - input types, enums and scalars as the kept fields need them; unreachable types disappear.
 * A tagged root field whose type has nothing public is a tagging mistake and fails.
 */
export function filterPublicSchema(apiSchema: GraphQLSchema, tags: PublicTags): GraphQLSchema {
  const kept = new Map<string, Set<string>>();
  for (const type of Object.values(apiSchema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const names = Object.keys(type.getFields());
    kept.set(type.name, new Set(tags.governed.has(type.name) ? names.filter((f) => tags.fields.has(`${type.name}.${f}`)) : names));
  }
  // Drop fields whose object type has nothing public, until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [typeName, fieldNames] of kept) {
      const type = apiSchema.getType(typeName) as { getFields(): Record<string, { type: Parameters<typeof getNamedType>[0] }> };
      for (const fieldName of [...fieldNames]) {
        const target = getNamedType(type.getFields()[fieldName].type);
        if ((isObjectType(target) || isInterfaceType(target)) && (kept.get(target.name)?.size ?? 0) === 0) {
          if (ROOT_TYPES.has(typeName)) {
            throw new PublicContractError(`${typeName}.${fieldName} is tagged public but its type ${target.name} has no public fields: tag the type or some of its fields`);
          }
          fieldNames.delete(fieldName);
          changed = true;
        }
      }
    }
  }
  const filtered = mapSchema(apiSchema, {
    [MapperKind.COMPOSITE_FIELD]: (config, fieldName, typeName) => (kept.get(typeName)?.has(fieldName) ? config : null),
  });
  const root = (type: ReturnType<GraphQLSchema['getQueryType']>) => (type && Object.keys(type.getFields()).length > 0 ? type : undefined);
  const query = root(filtered.getQueryType());
  if (!query) throw new PublicContractError('No Query field is tagged public');
  // Only what the public roots reach: the constructor collects reachable types.
  return lexicographicSortSchema(
    new GraphQLSchema({
      query,
      mutation: root(filtered.getMutationType()),
      subscription: root(filtered.getSubscriptionType()),
      directives: filtered.getDirectives(),
    }),
  );
}

/** The SDL of schema/public.graphql. */
export function printPublicSchema(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}
