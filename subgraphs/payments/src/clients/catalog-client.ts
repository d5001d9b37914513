import { REQUEST_ID_HEADER } from '@eco/kit';

export interface ServiceFee {
  feeKopecks: number;
  titleRu: string;
  titleEn: string;
}

/** The catalog's fee of a service (public data), through its GraphQL: never its database. */
export interface ServiceFeeClient {
  feeOf(serviceId: string): Promise<ServiceFee | null>;
}

export class CatalogClient implements ServiceFeeClient {
  constructor(private readonly options: { url: string; timeoutMs?: number }) {}

  async feeOf(serviceId: string, requestId?: string): Promise<ServiceFee | null> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'query PaymentsServiceFee($id: ID) { service(id: $id) { feeKopecks titleRu titleEn } }',
        variables: { id: serviceId },
      }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
    });
    const body = (await response.json()) as { data?: { service: { feeKopecks: number | null; titleRu: string; titleEn: string } | null } | null; errors?: unknown[] };
    // Throwing makes the feed consumer retry the event later instead of skipping it.
    if (body.errors?.length || !body.data) throw new Error(`catalog answered with errors (HTTP ${response.status})`);
    const service = body.data.service;
    return service ? { feeKopecks: service.feeKopecks ?? 0, titleRu: service.titleRu, titleEn: service.titleEn } : null;
  }
}
