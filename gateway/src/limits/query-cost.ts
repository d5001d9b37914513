import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@eco/kit';
import { getNamedType, getNullableType, isCompositeType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The cost model, in the spirit of Shopify's and GitHub's public APIs:
 * - an object costs 1, a scalar or enum 0;
 * - a connection costs its own 1 plus `first` (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE)
 *   times what it selects (its edges' objects, and pageInfo, counted per item: an upper bound);
 *   a plain list counts as ASSUMED_LIST_SIZE items;
 * - a mutation field costs MUTATION_COST more (it writes).
 * `requested` is computed from the document before it runs (an upper bound); `actual` counts the
 * objects the response really holds, so a short page costs less than a full one.
 */
export const MUTATION_COST = 10;
export const ASSUMED_LIST_SIZE = 10;

const isConnectionType = (name: string) => name.endsWith('Connection');

const pageSizeOf = (args: Record<string, unknown>): number => {
  const first = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return Math.max(0, Math.min(first, MAX_PAGE_SIZE));
};

const fieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection is free (and off in production).
  if (field.name.startsWith('__')) return 0;
  const named = getNamedType(field.type);
  const own = isCompositeType(named) ? 1 : 0;
  const mutation = type.name === 'Mutation' ? MUTATION_COST : 0;
  if (isConnectionType(named.name)) return mutation + own + pageSizeOf(args) * childComplexity;
  // A connection's `edges` / `nodes`: its page size already multiplies them.
  if (isListType(getNullableType(field.type)) && !isConnectionType(type.name)) return mutation + ASSUMED_LIST_SIZE * (own + childComplexity);
  return mutation + own + childComplexity;
};

export function requestedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [fieldCost] });
}

/** Objects in the response data (each 1), plus MUTATION_COST per mutation root field that ran. */
export function actualCost(data: unknown, mutationFields: number): number {
  let objects = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      objects++;
      Object.values(value).forEach(visit);
    }
  };
  // The data object itself is the root, not a selected object.
  if (data !== null && typeof data === 'object') Object.values(data).forEach(visit);
  return objects + mutationFields * MUTATION_COST;
}
