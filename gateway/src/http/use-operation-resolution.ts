import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { ErrorCode } from '@eco/kit';
import { getVariableValues, GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/**
 * What is wrong with the operation a request picked, before anything is planned: Apollo Gateway
 * would otherwise throw these from its executor and the client would read a 500.
 */
export function operationRefusal(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined, request: GraphQLRequest): GraphQLError | null {
  if (!operation) {
    const message = request.operationName
      ? `Unknown operation named ${JSON.stringify(request.operationName)}.`
      : 'The document has several operations: name the one to run in "operationName".';
    return requestError(message, ErrorCode.OPERATION_RESOLUTION_FAILURE);
  }
  if (operation.operation === 'subscription') {
    return requestError('Subscriptions run over WebSocket (graphql-ws) on this same URL, not over HTTP.', ErrorCode.OPERATION_NOT_SUPPORTED);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (coerced.errors) {
    // One refusal naming every bad variable, so a client fixes them all at once.
    return requestError(coerced.errors.map((e) => e.message).join(' '), ErrorCode.BAD_USER_INPUT);
  }
  return null;
}

function requestError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** Refuses, with HTTP 400 and a specific code, an operation that cannot be run as sent. */
export function useOperationResolution(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, request }) {
          const refusal = operationRefusal(schema, operation, request);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
