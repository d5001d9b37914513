export { collectPublicTags, filterPublicSchema, printPublicSchema, PUBLIC_TAG, PublicContractError, type PublicTags } from './public-contract';
export { loadPublicSchemaBeside, PUBLIC_SCHEMA_FILE, usePublicContract, type PublicContractOptions } from './use-public-contract';
export { DEFAULT_SCHEMA_MAX_AGE_SECONDS, SCHEMA_DOWNLOAD_PATHS, schemaDownload, type SchemaDownloadOptions } from './schema-download';
export { contractRefusals, publicContractGate, withoutSuggestions } from './contract-gate';
