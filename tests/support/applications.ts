import { randomUUID } from 'node:crypto';
import { graphql } from './graphql-client';

/** A simple MVD service whose form needs only a passport series and number. */
export const SIMPLE_MVD_SERVICE = 'mvd-passport-validity-check';
export const SIMPLE_MVD_FORM = { series: '4510', number: '123456' };

export async function serviceIdByCode(url: string, code: string): Promise<string> {
  const response = await graphql(url, 'query ($code: String) { service(code: $code) { id } }', { code });
  const id = response.data?.service?.id as string | undefined;
  if (!id) throw new Error(`no service ${code}: ${JSON.stringify(response.errors)}`);
  return id;
}

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      application { id number status }
      userErrors { field message code }
    }
  }
`;

export async function submitApplication(url: string, token: string, serviceId: string, formData: object = SIMPLE_MVD_FORM) {
  const response = await graphql(url, SUBMIT, { input: { serviceId, formData, idempotencyKey: randomUUID() } }, { token });
  const payload = response.data?.submitApplication;
  if (!payload?.application) throw new Error(`submit failed: ${JSON.stringify(response.errors ?? payload?.userErrors)}`);
  return payload.application as { id: string; number: string; status: string };
}

/** Runs one workflow mutation by name (registerApplication, startProcessing, …). */
export async function transition(url: string, token: string, mutation: string, applicationId: string, extra: Record<string, unknown> = {}) {
  const response = await graphql(
    url,
    `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { application { id status } userErrors { field code message } } }`,
    { input: { applicationId, ...extra } },
    { token },
  );
  return response;
}
