import { freePort, GATEWAY_MAIN, startServiceProcess, type ServiceProcess } from '@eco/stack';

export interface ExtraGateway {
  process: ServiceProcess;
  url: string;
  port: number;
}

/** Every subgraph URL of the shared stack, as a gateway of a scenario's own needs them. */
function sharedStackRoutes(): Record<string, string> {
  const routes: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    const match = /^ECO_SUBGRAPH_(.+)_URL$/.exec(key);
    // The gateway reads SUBGRAPH_TAXES_FINES_URL: a subgraph's dash becomes an underscore.
    if (match && value) routes[`SUBGRAPH_${match[1].replace(/-/g, '_')}_URL`] = value;
  }
  return routes;
}

/**
 * One more gateway process in front of the shared stack's subgraphs, with settings of the
 * scenario's own (limits, budgets, Redis, trusted documents…): the shared gateway stays as it is.
 */
export async function startExtraGateway(env: Record<string, string>): Promise<ExtraGateway> {
  const port = await freePort();
  const process_ = await startServiceProcess({
    name: `gateway-${port}`,
    script: GATEWAY_MAIN,
    // The shared stack's database: live events come from its outbox notices.
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: process.env.ECO_DATABASE_URL, ...sharedStackRoutes(), ...env },
    readyUrl: `http://localhost:${port}/healthz`,
    onLine: () => undefined,
  });
  return { process: process_, url: `http://localhost:${port}/graphql`, port };
}
