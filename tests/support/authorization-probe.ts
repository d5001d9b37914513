import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@eco/stack';
import { graphql } from './graphql-client';

/** An id that exists nowhere: probes test who may ask, not what they find. */
const NOWHERE_ID = '00000000-0000-4000-8000-00000000dead';

/** A value of the argument's type that passes GraphQL's own checks (not necessarily the service's). */
function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [dummyValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, dummyValue(field.type)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return NOWHERE_ID;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-01-15';
    case 'DateTime':
      return '2026-01-15T09:00:00.000Z';
    case 'JSONObject':
      return {};
    default:
      return 'x';
  }
}

export interface RootFieldProbe {
  /** "Query.services", "Mutation.payInvoice" */
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One operation per root field of the composed API: its required arguments, `__typename` selected. */
export function rootFieldProbes(): RootFieldProbe[] {
  const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema/api.graphql'), 'utf8'));
  const probes: RootFieldProbe[] = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      const args = field.args.filter((arg) => isNonNullType(arg.type));
      const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      probes.push({
        name: `${type!.name}.${field.name}`,
        query: `${operation} Probe${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
        variables: Object.fromEntries(args.map((arg) => [arg.name, dummyValue(arg.type)])),
      });
    }
  }
  return probes;
}

/**
 * Whether the caller was turned away for who they are: UNAUTHENTICATED or FORBIDDEN on the field,
 * or — for an API client — an operation that does not validate against the public contract (the
 * probes are built from the full API schema, so they validate for everyone else). Anything else
 * (data, NOT_FOUND, a userError, bad input) means the rules let the caller through.
 */
export async function isRefused(url: string, probe: RootFieldProbe, token?: string): Promise<boolean> {
  const response = await graphql(url, probe.query, probe.variables, { token });
  return (response.errors ?? []).some((error) => {
    const code = error.extensions?.code;
    return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'GRAPHQL_VALIDATION_FAILED';
  });
}
