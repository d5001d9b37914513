import {
  getOperationAST,
  GraphQLError,
  Kind,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * How one live subscription is served: for each matching event, the gateway runs an ordinary
 * query `<field>Event(event)` with the subscription's own selection set, through the query
 * planner and with the subscriber's token, handing the producer the event it already holds
 * (sealed with the internal token: see the kit's sealEvent), so nothing reads it back. Fields of other subgraphs resolve as in any query,
 * and every subgraph re-checks the subscriber's rights for every event.
 */
export interface LiveSubscriptionPlan {
  fieldName: string;
  responseKey: string;
  /** The root field's arguments: an event matches when its payload has the same values. */
  args: Record<string, unknown>;
  eventQuery: DocumentNode;
  /** The event query as text: subscribers with the same one (and token) share an execution. */
  cacheKey: string;
  /** The client's variables the selection set uses, plus the sealed event. */
  variables: (sealedEvent: string) => Record<string, unknown>;
}

export const EVENT_VARIABLE = '__event';
export const eventQueryFieldOf = (subscriptionField: string) => `${subscriptionField}Event`;

/** What depends on the document only: shared by every subscription of the same text (see prepared documents). */
interface DocumentPlan {
  fieldName: string;
  responseKey: string;
  root: FieldNode;
  fieldDefinition: GraphQLField<unknown, unknown>;
  eventQuery: DocumentNode;
  cacheKey: string;
  usedVariables: Set<string>;
}

const documentPlans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, DocumentPlan>>>();

export function planLiveSubscription(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variableValues: Record<string, unknown> | null | undefined,
): LiveSubscriptionPlan {
  let bySchema = documentPlans.get(schema);
  if (!bySchema) documentPlans.set(schema, (bySchema = new WeakMap()));
  let byOperation = bySchema.get(document);
  if (!byOperation) bySchema.set(document, (byOperation = new Map()));
  let plan = byOperation.get(operationName ?? '');
  if (!plan) byOperation.set(operationName ?? '', (plan = planDocument(schema, document, operationName)));
  const { usedVariables } = plan;
  const given = variableValues ?? {};
  return {
    fieldName: plan.fieldName,
    responseKey: plan.responseKey,
    args: getArgumentValues(plan.fieldDefinition, plan.root, given),
    eventQuery: plan.eventQuery,
    cacheKey: plan.cacheKey,
    variables: (sealedEvent) => ({
      ...Object.fromEntries([...usedVariables].filter((name) => name in given).map((name) => [name, given[name]])),
      [EVENT_VARIABLE]: sealedEvent,
    }),
  };
}

function planDocument(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): DocumentPlan {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'subscription') throw new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP');
  const [root, ...more] = operation.selectionSet.selections;
  if (!root || more.length || root.kind !== Kind.FIELD) throw new GraphQLError('A subscription selects exactly one root field');
  const fieldDefinition = schema.getSubscriptionType()?.getFields()[root.name.value];
  const eventField = schema.getQueryType()?.getFields()[eventQueryFieldOf(root.name.value)];
  if (!fieldDefinition || !eventField) throw new GraphQLError(`Subscription ${root.name.value} is not served live`);

  const fragments = fragmentsUsedBy(root.selectionSet, document);
  const usedVariables = variablesUsedBy([root.selectionSet, ...fragments]);
  const variableDefinitions = (operation.variableDefinitions ?? []).filter((d) => usedVariables.has(d.variable.name.value));
  const eventQuery: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as never,
        name: { kind: Kind.NAME, value: 'LiveEvent' },
        variableDefinitions: [
          {
            kind: Kind.VARIABLE_DEFINITION,
            variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_VARIABLE } },
            type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } } },
          },
          ...variableDefinitions,
        ],
        selectionSet: { kind: Kind.SELECTION_SET, selections: [eventFieldNode(root)] },
      },
      ...fragments,
    ],
  };
  return {
    fieldName: root.name.value,
    responseKey: root.alias?.value ?? root.name.value,
    root,
    fieldDefinition,
    eventQuery,
    cacheKey: print(eventQuery),
    usedVariables,
  };
}

function eventFieldNode(root: FieldNode): FieldNode {
  return {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: root.alias?.value ?? root.name.value },
    name: { kind: Kind.NAME, value: eventQueryFieldOf(root.name.value) },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'event' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_VARIABLE } },
      },
    ],
    directives: root.directives,
    selectionSet: root.selectionSet,
  };
}

function fragmentsUsedBy(selectionSet: SelectionSetNode | undefined, document: DocumentNode): FragmentDefinitionNode[] {
  const all = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: (SelectionSetNode | undefined)[] = [selectionSet];
  while (pending.length) {
    const next = pending.pop();
    if (!next) continue;
    visit(next, {
      FragmentSpread(spread) {
        const fragment = all.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      },
    });
  }
  return [...used.values()];
}

function variablesUsedBy(nodes: (SelectionSetNode | FragmentDefinitionNode | undefined)[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    if (node) visit(node, { Variable: (variable) => void names.add(variable.name.value) });
  }
  return names;
}
