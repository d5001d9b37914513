import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/**
 * A regional portal's own subgraph, written the way a region would write it (plain
 * @apollo/subgraph, none of our code): the region's MFC offices, attached to the catalog's Region.
 */
export const MFC_OFFICES_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type MfcOffice {
    id: ID!
    name: String!
    address: String!
  }

  type Region @key(fields: "code") {
    code: String!
    mfcOffices: [MfcOffice!]!
  }

  type Query {
    mfcOffice(id: ID!): MfcOffice
  }
`;

const OFFICES = [
  { id: 'mfc-77-1', regionCode: '77', name: 'МФЦ района Арбат', address: 'Москва, ул. Новый Арбат, 11' },
  { id: 'mfc-77-2', regionCode: '77', name: 'МФЦ района Хамовники', address: 'Москва, ул. Льва Толстого, 4' },
  { id: 'mfc-78-1', regionCode: '78', name: 'МФЦ Центрального района', address: 'Санкт-Петербург, Невский пр., 174' },
];

export async function startMfcOfficesSubgraph(): Promise<{ url: string; stop: () => Promise<void> }> {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(MFC_OFFICES_SDL),
      resolvers: {
        Query: { mfcOffice: (_: unknown, { id }: { id: string }) => OFFICES.find((o) => o.id === id) ?? null },
        Region: {
          __resolveReference: (ref: { code: string }) => ref,
          mfcOffices: (region: { code: string }) => OFFICES.filter((o) => o.regionCode === region.code),
        },
      },
    },
  ]);
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0 } });
  return { url, stop: () => server.stop() };
}
