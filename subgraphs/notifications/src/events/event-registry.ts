import type { EventHandler } from './event-handler';

/** Event type (the contract's name) → handler; those not marked `webhook: false` are the types webhooks may subscribe to. */
export class EventRegistry {
  private readonly byType = new Map<string, EventHandler>();

  constructor(handlers: readonly EventHandler[]) {
    for (const handler of handlers) {
      if (this.byType.has(handler.contract.name)) throw new Error(`Two handlers for event type ${handler.contract.name}`);
      this.byType.set(handler.contract.name, handler);
    }
  }

  handlerFor(type: string): EventHandler | undefined {
    return this.byType.get(type);
  }

  /** The event types webhooks may subscribe to, in registration order. */
  webhookTypes(): string[] {
    return this.handlers()
      .filter((handler) => handler.webhook !== false)
      .map((handler) => handler.contract.name);
  }

  handlers(): EventHandler[] {
    return [...this.byType.values()];
  }
}
