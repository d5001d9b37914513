import type { FeedEvent } from '@eco/kit';

export type LiveEventListener = (event: FeedEvent) => void;

/** Every event of the live subgraphs, as it happens, to every subscriber of this gateway process. */
export interface LiveEvents {
  readonly mode: string;
  onEvent(listener: LiveEventListener): () => void;
  stop(): Promise<void>;
}

/** Listeners of one process, with duplicate events (a relay handover) dropped by id. */
export class LiveEventHub {
  private readonly listeners = new Set<LiveEventListener>();
  private readonly recentIds: string[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly rememberLast = 10_000) {}

  listen(listener: LiveEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: FeedEvent): void {
    if (this.seen.has(event.id)) return;
    this.seen.add(event.id);
    this.recentIds.push(event.id);
    if (this.recentIds.length > this.rememberLast) this.seen.delete(this.recentIds.shift() as string);
    for (const listener of this.listeners) listener(event);
  }
}
