import type { FeedEvent } from '@eco/kit';
import { LiveEventHub } from '../src/live/live-events';
import { liveSubgraphsOf } from '../src/live/live-subgraphs';

const event = (id: string): FeedEvent => ({
  id,
  seq: '1',
  type: 't',
  source: 's',
  occurredAt: new Date().toISOString(),
  subject: { type: 'X', id: 'x' },
  audience: { userIds: [], departmentIds: [] },
  payload: {},
});

describe('live events', () => {
  it('delivers each event once to every listener, dropping a repeated id (relay handover)', () => {
    const hub = new LiveEventHub(2);
    const seen: string[] = [];
    const unsubscribe = hub.listen((e) => seen.push(e.id));
    hub.emit(event('a'));
    hub.emit(event('a'));
    hub.emit(event('b'));
    hub.emit(event('c'));
    hub.emit(event('a')); // forgotten after 2 newer ones: delivered again
    unsubscribe();
    hub.emit(event('d'));
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('follows exactly the subgraphs that own Subscription fields, at their routed URLs', () => {
    const supergraph = /* GraphQL */ `
      enum join__Graph {
        APPLICATIONS @join__graph(name: "applications", url: "http://localhost:4003/graphql")
        CATALOG @join__graph(name: "catalog", url: "http://localhost:4002/graphql")
        NOTIFICATIONS @join__graph(name: "notifications", url: "http://localhost:4008/graphql")
      }
      type Subscription @join__type(graph: APPLICATIONS) @join__type(graph: NOTIFICATIONS) { a: Int }
      type Query @join__type(graph: CATALOG) { b: Int }
    `;
    expect(liveSubgraphsOf(supergraph, { notifications: 'http://notifications.internal/graphql' })).toEqual([
      { name: 'applications', url: 'http://localhost:4003/graphql' },
      { name: 'notifications', url: 'http://notifications.internal/graphql' },
    ]);
  });
});
