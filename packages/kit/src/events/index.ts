export * from './domain-event';
export * from './outbox';
export * from './event-feed';
export * from './feed-url';
export * from './feed-consumer';
export * from './feed-offset-store';
export * from './outbox-order';
export * from './in-memory-event-feed';
