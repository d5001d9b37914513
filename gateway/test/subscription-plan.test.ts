import { buildSchema, parse, print } from 'graphql';
import { planLiveSubscription } from '../src/live/subscription-plan';

const schema = buildSchema(/* GraphQL */ `
  type Application { id: ID! number: String! title(locale: String): String }
  type StatusEvent { eventId: ID! application: Application! to: String! }
  type Query { applicationStatusChangedEvent(event: String!): StatusEvent }
  type Subscription { applicationStatusChanged(applicationId: ID): StatusEvent }
`);

describe('live subscription plan', () => {
  it('turns the subscription into a per-event query with the same selection, fragments and used variables', () => {
    const document = parse(/* GraphQL */ `
      subscription Watch($id: ID, $locale: String) {
        changed: applicationStatusChanged(applicationId: $id) { to application { ...Card } }
      }
      fragment Card on Application { number title(locale: $locale) }
    `);
    const plan = planLiveSubscription(schema, document, 'Watch', { id: 'a1', locale: 'en' });
    expect(plan.fieldName).toBe('applicationStatusChanged');
    expect(plan.responseKey).toBe('changed');
    expect(plan.args).toEqual({ applicationId: 'a1' });
    const query = print(plan.eventQuery);
    expect(query).toContain('query LiveEvent($__event: String!, $locale: String)');
    expect(query).toContain('changed: applicationStatusChangedEvent(event: $__event)');
    expect(query).toContain('fragment Card on Application');
    expect(query).not.toContain('$id');
    expect(plan.variables("sealed-e1")).toEqual({ locale: "en", __event: "sealed-e1" });
  });

  it('refuses queries, several root fields and fields with no event query', () => {
    expect(() => planLiveSubscription(schema, parse('{ applicationStatusChangedEvent(event: "x") { to } }'), undefined, {})).toThrow(/Only subscriptions/);
    expect(() =>
      planLiveSubscription(schema, parse('subscription { a: applicationStatusChanged { to } b: applicationStatusChanged { to } }'), undefined, {}),
    ).toThrow(/exactly one root field/);
    const noEventQuery = buildSchema('type Query { x: Int } type Subscription { ticks: Int }');
    expect(() => planLiveSubscription(noEventQuery, parse('subscription { ticks }'), undefined, {})).toThrow(/not served live/);
  });
});
