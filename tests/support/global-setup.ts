import { startTestStack, type TestStack } from './test-stack';

declare global {
  // eslint-disable-next-line no-var
  var __ECO_STACK__: TestStack | undefined;
}

/** One shared stack for the scenarios; its URLs reach the test workers through the environment. */
export default async function globalSetup(): Promise<void> {
  const stack = await startTestStack();
  globalThis.__ECO_STACK__ = stack;
  process.env.ECO_GATEWAY_URL = stack.gatewayUrl;
  process.env.ECO_DATABASE_URL = stack.databaseUrl;
  process.env.ECO_DATA_DIR = stack.dataDir;
  // Gateways a scenario starts itself follow the same feeds and verify the same tokens.
  process.env.EVENT_FEED_TOKEN = stack.env.EVENT_FEED_TOKEN;
  process.env.IDENTITY_JWKS_URL = stack.env.IDENTITY_JWKS_URL;
  for (const subgraph of Object.values(stack.subgraphs)) {
    process.env[`ECO_SUBGRAPH_${subgraph.name.toUpperCase()}_URL`] = subgraph.url;
  }
}
