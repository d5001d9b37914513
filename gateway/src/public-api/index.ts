export { collectPublicTags, filterPublicSchema, printPublicSchema, PUBLIC_TAG, PublicContractError, type PublicTags } from './public-contract';
export { loadPublicSchemaBeside, PUBLIC_SCHEMA_FILE, usePublicContract, type PublicContractOptions } from './use-public-contract';
