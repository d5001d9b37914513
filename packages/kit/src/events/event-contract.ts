import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import type { FeedEvent } from './domain-event';

/**
 * One event, declared once: its name, version, producer and payload schema. Producers append it
 * through the Outbox (the payload is checked against the schema there), consumers handle it with
 * `on(contract, …)`; both import the same constant, so a reader follows an event by its imports
 * and a rename is a compile error everywhere.
 */
export interface EventContract<S extends TSchema = TSchema> {
  /** e.g. 'application.status_changed': the `type` of the outbox row and the NATS subject's last part. */
  readonly name: string;
  /** Bumped when the payload changes incompatibly; a consumer sees it on every event. */
  readonly version: number;
  /** The subgraph that writes it (its outbox, its feed, its NATS subjects). */
  readonly producer: string;
  readonly description: string;
  /** The payload's JSON Schema (TypeBox); `Static<S>` is its TypeScript type. */
  readonly payload: S;
  /** The GraphQL subscription fields this event feeds live through the gateway (none: not live). */
  readonly liveFields: readonly string[];
  /** Why the payload does not fit the schema (empty when it does). */
  problems(payload: unknown): string[];
  is(payload: unknown): payload is Static<S>;
}

export type PayloadOf<C> = C extends EventContract<infer S> ? Static<S> : never;

export interface EventDeclaration<S extends TSchema> {
  name: string;
  version?: number;
  producer: string;
  description: string;
  payload: S;
  liveFields?: string[];
}

export function defineEvent<S extends TSchema>(declaration: EventDeclaration<S>): EventContract<S> {
  if (!/^[a-z][a-z_]*\.[a-z][a-z_]*$/.test(declaration.name)) throw new Error(`An event name is <entity>.<what_happened> in snake case: ${declaration.name}`);
  let check: TypeCheck<S> | null = null;
  // Compiled on first use: most processes use a few of the declared events.
  const compiled = () => (check ??= TypeCompiler.Compile(declaration.payload));
  return {
    name: declaration.name,
    version: declaration.version ?? 1,
    producer: declaration.producer,
    description: declaration.description,
    payload: declaration.payload,
    liveFields: declaration.liveFields ?? [],
    problems: (payload) => [...compiled().Errors(payload)].slice(0, 5).map((error) => `${error.path || '/'}: ${error.message}`),
    is: (payload): payload is Static<S> => compiled().Check(payload),
  };
}

/** A payload that does not fit its contract: a bug in the producer, never retried. */
export class EventPayloadError extends Error {
  constructor(readonly event: string, readonly problems: string[]) {
    super(`${event} payload does not fit its contract: ${problems.join('; ')}`);
    this.name = 'EventPayloadError';
  }
}

/** The typed payload of an event of this contract (it has the contract's name), or an EventPayloadError. */
export function payloadOf<S extends TSchema>(contract: EventContract<S>, event: FeedEvent): Static<S> {
  if (event.type !== contract.name) throw new Error(`${event.id} is a ${event.type}, not a ${contract.name}`);
  if (!contract.is(event.payload)) throw new EventPayloadError(contract.name, contract.problems(event.payload));
  return event.payload;
}

/** What a consumer does with one kind of event. Must be idempotent by event.id (at-least-once delivery). */
export interface EventSubscription {
  readonly contract: EventContract;
  handle(event: FeedEvent): Promise<unknown>;
}

/** A consumer's handler for one contract, with the payload typed and checked. */
export function on<S extends TSchema>(contract: EventContract<S>, handle: (payload: Static<S>, event: FeedEvent) => Promise<unknown>): EventSubscription {
  return {
    contract: contract as unknown as EventContract,
    handle: (event) => handle(payloadOf(contract, event), event),
  };
}

/** Dispatches a producer's events to the subscriptions for their type; other types are skipped. */
export function dispatcherFor(subscriptions: readonly EventSubscription[]): (event: FeedEvent) => Promise<void> {
  const byName = new Map<string, EventSubscription[]>();
  for (const subscription of subscriptions) byName.set(subscription.contract.name, [...(byName.get(subscription.contract.name) ?? []), subscription]);
  return async (event) => {
    for (const subscription of byName.get(event.type) ?? []) await subscription.handle(event);
  };
}
