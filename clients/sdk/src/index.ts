/** @eco/sdk: typed access to the public-services graph. */
export * from './client';
export * from './document-id';
export * from './files';
export * from './gql/graphql';
