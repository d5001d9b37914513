import type { EventHandler } from './event-handler';

/** Event type → handler; the types not marked `webhook: false` are those webhooks may subscribe to. */
export class EventRegistry {
  private readonly byType = new Map<string, EventHandler>();

  constructor(handlers: readonly EventHandler[]) {
    for (const handler of handlers) {
      if (this.byType.has(handler.type)) throw new Error(`Two handlers for event type ${handler.type}`);
      this.byType.set(handler.type, handler);
    }
  }

  handlerFor(type: string): EventHandler | undefined {
    return this.byType.get(type);
  }

  /** Every event type handled, in registration order. */
  types(): string[] {
    return [...this.byType.keys()];
  }

  /** The event types webhooks may subscribe to, in registration order. */
  webhookTypes(): string[] {
    return this.handlers()
      .filter((handler) => handler.webhook !== false)
      .map((handler) => handler.type);
  }

  handlers(): EventHandler[] {
    return [...this.byType.values()];
  }

  /** The producing subgraphs whose feeds must be consumed. */
  sources(): string[] {
    return [...new Set(this.handlers().map((handler) => handler.source))];
  }
}
