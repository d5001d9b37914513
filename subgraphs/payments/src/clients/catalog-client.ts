import type { SubgraphCall, SubgraphClient } from '@eco/kit';

export interface ServiceFee {
  feeKopecks: number;
  titleRu: string;
  titleEn: string;
}

/** The catalog's fee of a service (public data), through its GraphQL: never its database. */
export interface ServiceFeeClient {
  feeOf(serviceId: string): Promise<ServiceFee | null>;
}

const FEE_QUERY = /* GraphQL */ `
  query PaymentsServiceFee($id: ID) {
    service(id: $id) { feeKopecks titleRu titleEn }
  }
`;

type FeeData = { service: { feeKopecks: number | null; titleRu: string; titleEn: string } | null };

/** The catalog subgraph through the kit's client (`subgraphClient('catalog', config.subgraphUrls)`). */
export class CatalogClient implements ServiceFeeClient {
  constructor(private readonly catalog: SubgraphClient) {}

  /** Throws (a SubgraphCallError) when the catalog cannot answer: the feed consumer then retries the event later instead of skipping it. */
  async feeOf(serviceId: string, call: SubgraphCall = {}): Promise<ServiceFee | null> {
    const { service } = await this.catalog.query<FeeData>(FEE_QUERY, { id: serviceId }, call);
    return service ? { feeKopecks: service.feeKopecks ?? 0, titleRu: service.titleRu, titleEn: service.titleEn } : null;
  }
}
