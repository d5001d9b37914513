import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { getNullableType, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';

/**
 * Where a refusal can land, the field is nullable: every root field (a citizen's `me` must not be
 * wiped because `departmentQueue` next to it was refused) and every field this subgraph adds to
 * another subgraph's entity (notifications' `User.unreadNotificationCount` must not wipe the user
 * identity returned). GraphQL nulls the nearest nullable parent of a refused field; these are it.
 */
export function nullableWhereRefusable(schema: GraphQLSchema, foreignEntities: readonly string[]): GraphQLSchema {
  const unwrap = (field: GraphQLFieldConfig<unknown, unknown>) => ({ ...field, type: getNullableType(field.type) });
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (field, fieldName) => (fieldName.startsWith('_') ? field : unwrap(field)),
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) =>
      foreignEntities.includes(typeName) && !isKeyField(schema, typeName, fieldName) ? unwrap(field) : field,
  });
}

/** The stub's key fields (`id`) stay as the owner declares them. */
function isKeyField(schema: GraphQLSchema, typeName: string, fieldName: string): boolean {
  const keys = (schema.getType(typeName)?.astNode?.directives ?? []).filter((d) => d.name.value === 'key');
  return keys.some((key) => key.arguments?.some((a) => a.value.kind === 'StringValue' && a.value.value.split(/[\s{}]+/).includes(fieldName)));
}
