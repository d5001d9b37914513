/** @eco/kit: what every service does the same way. Import from here only. */
import 'reflect-metadata';

export * from './errors/error-codes';
export * from './errors/graphql-errors';
export * from './errors/user-error';
export * from './i18n/locale';
export * from './i18n/locale-arg';
export * from './logging/logger';
export * from './logging/request-id';
export * from './auth/viewer';
export * from './auth/access-token-claims';
export * from './auth/token-verifier';
export * from './loaders/loader-registry';
export * from './pagination/page-info.type';
export * from './pagination/connection';
export * from './scalars/scalars';
export * from './permissions/rules';
export * from './schema/build-federated-schema';
export * from './server/subgraph-context';
export * from './server/start-subgraph';
export * from './server/format-error';
export * from './server/request-logging-plugin';
export * from './server/run-until-signal';
export * from './server/subgraph-config';
export * from './db/index';
export * from './events/index';
export * from './secrets/key-file';
