// A stock Apollo Gateway in Apollo Server, as a user would pick it instead of ours: the same
// supergraph, routed to the bench stack's subgraphs, the caller's token forwarded, nothing else.
// Usage (by run-bench.mjs): node stock-gateway.mjs <supergraph file> <port> <name=url>...
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';

const [supergraphPath, port, ...routes] = process.argv.slice(2);
const urls = Object.fromEntries(routes.map((route) => route.split('=')));

class ForwardAuthorization extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  buildService: ({ name, url }) => new ForwardAuthorization({ url: urls[name] ?? url }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(port) },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`stock gateway ready ${url}`);
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
