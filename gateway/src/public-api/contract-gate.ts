import { ErrorCode } from '@eco/kit';
import type { RequestHandler } from 'express';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { viewerOf } from '../auth/identify-caller';
import { operationRefusal } from '../http/use-operation-resolution';
import { acceptsGraphQLResponseJson } from '../http/use-legacy-json-status';

/** "Did you mean …?" would name what the caller may not know exists. */
export const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?$/s, '');

/**
 * graphql 16 leaves a missing root type (the contract has no Subscription) to execution; the
 * contract must refuse it while validating, as graphql 17's rule of the same name does.
 */
const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
    }
  },
});

/**
 * Why an API client's document cannot run against the public contract, or null. Checked against
 * the contract alone, so a private field, type or argument is refused exactly as one that does
 * not exist: same message, no suggestion, no cost.
 */
export function contractRefusals(
  publicSchema: GraphQLSchema | null,
  document: DocumentNode,
  rules: readonly ValidationRule[],
): GraphQLError[] {
  if (!publicSchema) return [new GraphQLError('The public API is not available on this gateway', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })];
  return validate(publicSchema, document, [...specifiedRules, KnownOperationTypesRule, ...rules]).map(
    (error) => new GraphQLError(withoutSuggestions(error.message), { nodes: error.nodes, extensions: { code: error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' } }),
  );
}

interface GraphQLRequestFields {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

function requestFieldsOf(req: Parameters<RequestHandler>[0]): GraphQLRequestFields {
  if (req.method !== 'GET') return (req.body ?? {}) as GraphQLRequestFields;
  let variables: unknown;
  try {
    variables = typeof req.query.variables === 'string' ? JSON.parse(req.query.variables) : undefined;
  } catch {
    variables = undefined; // Apollo answers a malformed parameter itself
  }
  return { query: req.query.query, operationName: req.query.operationName, variables };
}

/**
 * Third-party API clients meet the public contract before anything else sees their document:
 * validation, operation name and variables are checked against the contract, never the private
 * graph. People's requests pass untouched.
 */
export function publicContractGate(options: { publicSchema: () => GraphQLSchema | null; validationRules: readonly ValidationRule[] }): RequestHandler {
  return (req, res, next) => {
    if (!viewerOf(res)?.clientId) return next();
    const fields = requestFieldsOf(req);
    if (typeof fields.query !== 'string') return next(); // not a GraphQL request Apollo could run: it answers
    let document: DocumentNode;
    try {
      document = parse(fields.query);
    } catch {
      return next(); // a syntax error names nothing of the schema: Apollo reports it with its location
    }
    const schema = options.publicSchema();
    const errors = contractRefusals(schema, document, options.validationRules);
    if (!errors.length && schema) {
      const operationName = typeof fields.operationName === 'string' ? fields.operationName : undefined;
      const operation = document.definitions.find(
        (d) => d.kind === 'OperationDefinition' && (operationName === undefined ? true : d.name?.value === operationName),
      );
      const several = operationName === undefined && document.definitions.filter((d) => d.kind === 'OperationDefinition').length > 1;
      const refusal = operationRefusal(
        schema,
        several || operation?.kind !== 'OperationDefinition' ? undefined : operation,
        { operationName, variables: (fields.variables ?? undefined) as Record<string, unknown> | undefined },
      );
      if (refusal) errors.push(new GraphQLError(withoutSuggestions(refusal.message), { extensions: { code: refusal.extensions.code } }));
    }
    if (!errors.length) return next();
    // As for any document refusal (use-legacy-json-status): 400 to modern clients, 200 to legacy ones.
    const modern = acceptsGraphQLResponseJson(req.headers.accept);
    res.status(modern ? 400 : 200).type(modern ? 'application/graphql-response+json' : 'application/json');
    res.json({ errors: errors.map((error) => ({ ...error.toJSON(), extensions: { code: error.extensions.code ?? ErrorCode.BAD_REQUEST } })) });
  };
}
