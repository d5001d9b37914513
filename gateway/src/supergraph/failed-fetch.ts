import { ErrorCode } from '@eco/kit';
import { GraphQLError, Kind, parse, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';

/** What a subgraph call that failed as a whole is answered with instead of an exception. */
export interface FailedFetchResponse {
  data: null;
  errors: GraphQLFormattedError[];
}

/**
 * A list of a thousand entities from a subgraph that is down would otherwise carry a thousand
 * errors per field; past this many, the first ones stand for the rest.
 */
export const MAX_ERRORS_PER_FAILED_FETCH = 100;

/** A non-2xx answer of a subgraph, kept apart from its body so nothing raw reaches the client. */
export class SubgraphHttpError extends GraphQLError {
  constructor(
    readonly status: number,
    /** The GraphQL errors the subgraph put in its body, when it sent any. */
    readonly graphqlErrors: GraphQLFormattedError[] | null,
  ) {
    super(`subgraph answered HTTP ${status}`);
  }
}

/** The refusal a client reads, by what went wrong: no URL, status text, body or subgraph name. */
function refusalOf(error: unknown): { message: string; code: string } {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { message: 'The operation ran out of time waiting for a department system', code: ErrorCode.GATEWAY_TIMEOUT };
  }
  if (error instanceof SubgraphHttpError && error.status === 401) {
    return { message: 'The department system did not accept the access token', code: ErrorCode.UNAUTHENTICATED };
  }
  return { message: 'A department system needed for this field is unavailable; try again later', code: ErrorCode.SUBGRAPH_UNAVAILABLE };
}

/**
 * Turns a failed subgraph call into an ordinary GraphQL response whose errors sit on the fields
 * that call was to fill: the gateway then maps their paths into the client's operation (entity
 * fetches too), so only those fields are null and every other field keeps its data.
 */
export function failedFetchResponse(subgraphQuery: string, representationCount: number, error: unknown): FailedFetchResponse {
  // A subgraph that refused with proper GraphQL errors (field paths, codes) is passed on as it said.
  if (error instanceof SubgraphHttpError && error.graphqlErrors?.some((e) => e.path?.length)) {
    return { data: null, errors: error.graphqlErrors.map(({ message, path, extensions }) => ({ message, path, extensions: { code: extensions?.code ?? ErrorCode.SUBGRAPH_UNAVAILABLE } })) };
  }
  const { message, code } = refusalOf(error);
  const errors: GraphQLFormattedError[] = [];
  for (const path of fieldPathsOf(subgraphQuery, representationCount)) {
    if (errors.length === MAX_ERRORS_PER_FAILED_FETCH) break;
    errors.push({ message, path, extensions: { code } });
  }
  return { data: null, errors: errors.length ? errors : [{ message, extensions: { code } }] };
}

/** The paths, in the subgraph's own response, of the fields a subgraph operation asks for. */
function* fieldPathsOf(subgraphQuery: string, representationCount: number): Generator<(string | number)[]> {
  const operation = parse(subgraphQuery).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return;
  for (const root of responseNames(operation.selectionSet)) {
    if (root.name !== '_entities') {
      yield [root.responseName];
      continue;
    }
    // An entity fetch: the error goes on each entity's own fields, not on the entity itself.
    const fields = root.selectionSet ? responseNames(root.selectionSet).filter((f) => f.name !== '__typename') : [];
    for (let index = 0; index < representationCount; index++) {
      for (const field of fields) yield [root.responseName, index, field.responseName];
    }
  }
}

interface SelectedField {
  name: string;
  responseName: string;
  selectionSet?: SelectionSetNode;
}

/** Fields of a selection set with inline fragments (`... on User { … }`) flattened, first seen first. */
function responseNames(selectionSet: SelectionSetNode): SelectedField[] {
  const seen = new Map<string, SelectedField>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const responseName = selection.alias?.value ?? selection.name.value;
      if (!seen.has(responseName)) seen.set(responseName, { name: selection.name.value, responseName, selectionSet: selection.selectionSet });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const field of responseNames(selection.selectionSet)) if (!seen.has(field.responseName)) seen.set(field.responseName, field);
    }
  }
  return [...seen.values()];
}
