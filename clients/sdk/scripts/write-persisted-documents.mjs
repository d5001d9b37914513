// Writes dist/persisted-documents.json: every operation of the SDK (src/operations, compiled by
// codegen into dist/gql/graphql.js) in Apollo's persisted-query manifest format. The gateway's
// trusted-documents mode runs only these (TRUSTED_DOCUMENTS=enforce).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { print } = require('graphql');
const documents = require('../dist/gql/graphql.js');

const operations = Object.entries(documents)
  .filter(([name, value]) => name.endsWith('Document') && value?.kind === 'Document')
  .map(([, document]) => {
    const body = print(document);
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    return { id: createHash('sha256').update(body).digest('hex'), name: operation.name.value, type: operation.operation, body };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

writeFileSync(new URL('../dist/persisted-documents.json', import.meta.url), `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }, null, 2)}\n`);
console.log(`persisted documents: ${operations.map((o) => o.name).join(', ')}`);
