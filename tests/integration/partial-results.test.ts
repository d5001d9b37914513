import { buildSchema, getNamedType, isLeafType, isObjectType, isNonNullType, type GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@eco/stack';
import { rootFieldProbes } from '../support/authorization-probe';
import { CITIZEN, loginAs, registerCitizen } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';

/*
 * Issue 10: a refusal in one subgraph never wipes what the other fields legitimately got. A
 * mutation's own result and userErrors arrive even when its payload also asks for fields another
 * subgraph refuses to this caller; a refused root field leaves its siblings' data alone.
 */

const apiSchema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema/api.graphql'), 'utf8'));

/** Every leaf without required arguments: of an entity, that reaches into every subgraph extending it. */
function leavesOf(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && !field.args.some((arg) => isNonNullType(arg.type)))
    .map((field) => field.name)
    .join(' ');
}

/** The payload's own leaves and userErrors, and every leaf of each object it returns. */
function payloadSelection(mutation: string): string {
  const payload = getNamedType(apiSchema.getMutationType()!.getFields()[mutation].type);
  if (!isObjectType(payload)) return '';
  const parts = Object.values(payload.getFields()).map((field) => {
    const type = getNamedType(field.type);
    if (isLeafType(type)) return field.name;
    if (field.name === 'userErrors') return 'userErrors { field code message }';
    return isObjectType(type) && !field.args.length ? `${field.name} { __typename ${leavesOf(type)} }` : '';
  });
  return `{ ${parts.join(' ')} }`;
}

const REGISTER_FULL = /* GraphQL */ `
  mutation ($input: RegisterInput!) {
    register(input: $input) {
      user {
        id lastName
        unreadNotificationCount
        applications(first: 1) { totalCount }
        invoices(first: 1) { totalCount }
        fines(first: 1) { totalCount }
        appointments(first: 1) { totalCount }
      }
      userErrors { field code message }
    }
  }
`;

describe('partial results: a refusal keeps to its own field', () => {
  it('register answers the new account even where other subgraphs refuse the anonymous caller', async () => {
    const suffix = `${Date.now()}`.slice(-7);
    const response = await graphql(gatewayUrl(), REGISTER_FULL, {
      input: { lastName: 'Частичный', firstName: 'Тест', birthDate: '1991-02-03', email: `partial-${suffix}@test.gosuslugi.local`, phone: `+7915${suffix}`, password: 'Demo-Password1!' },
    });
    expect(response.status).toBe(200);
    expect(response.data?.register.userErrors).toEqual([]);
    expect(response.data?.register.user).toMatchObject({ id: expect.any(String), lastName: 'Частичный', unreadNotificationCount: null, applications: null, invoices: null });
    // Each refusal sits on the refused field, with a code; no transport error, no upstream detail.
    const refused = (response.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code]).sort();
    expect(refused).toEqual(
      ['appointments', 'applications', 'fines', 'invoices', 'unreadNotificationCount'].map((f) => [`register.user.${f}`, 'UNAUTHENTICATED']).sort(),
    );
    expect(JSON.stringify(response.errors)).not.toMatch(/localhost|"response"|serviceName|401: Unauthorized/);
  });

  it('a refused root field does not wipe its siblings', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const response = await graphql(gatewayUrl(), '{ departmentQueue(first: 1) { totalCount } auditJournal(first: 1) { totalCount } me { lastName } departments { id } }', {}, { token: citizen.token });
    expect(response.data?.me.lastName).toBe('Иванов');
    expect(response.data?.departments.length).toBeGreaterThan(10);
    expect(response.data?.departmentQueue).toBeNull();
    expect(response.data?.auditJournal).toBeNull();
    expect((response.errors ?? []).map((e) => [e.path, e.extensions?.code]).sort()).toEqual([
      [['auditJournal'], 'FORBIDDEN'],
      [['departmentQueue'], 'FORBIDDEN'],
    ]);
  });

  it("every mutation's own result and userErrors arrive beside other subgraphs' refusals", async () => {
    const caller = await registerCitizen(gatewayUrl());
    const callers: Record<string, string | undefined> = { anonymous: undefined, citizen: caller.token };
    const problems: string[] = [];
    let checked = 0;
    for (const [who, token] of Object.entries(callers)) {
      for (const probe of rootFieldProbes().filter((p) => p.name.startsWith('Mutation.'))) {
        const mutation = probe.name.slice('Mutation.'.length);
        if (mutation === 'logout' || mutation === 'revokeOtherSessions') continue; // would end this caller's own session
        const query = probe.query.replace(/\{ __typename \} \}$/, `${payloadSelection(mutation)} }`);
        const response = await graphql(gatewayUrl(), query, probe.variables, { token });
        const refusedItself = (response.errors ?? []).some((e) => e.path?.length === 1 && e.path[0] === mutation);
        if (refusedItself) continue;
        checked++;
        const payload = response.data?.[mutation];
        if (!payload) problems.push(`${who} ${mutation}: payload lost (${JSON.stringify(response.errors).slice(0, 200)})`);
        else if ('userErrors' in payload && !Array.isArray(payload.userErrors)) problems.push(`${who} ${mutation}: userErrors lost`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(40);
    // Thousands of requests in a row: on 2 shared cores beside the rest of the suite, minutes.
  }, 300_000);
});
