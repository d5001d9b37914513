/** @eco/stack: the whole graph as real processes, for `npm start` and the integration tests. */
export * from './database-admin';
export * from './embedded-database';
export * from './free-port';
export * from './repo-paths';
export * from './service-process';
export * from './stack';
export * from './subgraph-list';
