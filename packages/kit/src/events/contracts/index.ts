// Every event of the graph, by producer. Producers append them with Outbox.append, consumers handle
// them with on(contract, …): follow a contract's imports to find everyone who writes or reads it.
export * from './payload-types';
export * from './applications';
export * from './payments';
export * from './taxes-fines';
export * from './healthcare';
export * from './education';
export * from './identity';
export * from './documents';
export * from './notifications';
