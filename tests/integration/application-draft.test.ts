import { serviceIdByCode, SIMPLE_MVD_SERVICE } from '../support/applications';
import { CITIZEN, loginAs } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';

/* Issue 10: a draft comes prefilled with what the citizen's profile and documents can fill, in each form's own field names. */

const DRAFT = /* GraphQL */ `query Draft($serviceId: ID!) { applicationDraft(serviceId: $serviceId) }`;

async function draftOf(code: string): Promise<Record<string, unknown>> {
  const citizen = await loginAs(gatewayUrl(), CITIZEN);
  const response = await graphql(gatewayUrl(), DRAFT, { serviceId: await serviceIdByCode(gatewayUrl(), code) }, { token: citizen.token });
  expect(response.errors).toBeUndefined();
  return response.data?.applicationDraft;
}

describe('applicationDraft through the gateway', () => {
  it('fills the passport validity check with the series and number of the passport on file', async () => {
    expect(await draftOf(SIMPLE_MVD_SERVICE)).toEqual({ series: '4510', number: '123456' });
  });

  it('fills a form with name fields: name, birth date, SNILS and passport', async () => {
    expect(await draftOf('fns-inn-issue')).toEqual({
      fullName: { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' },
      birthDate: '1985-04-12',
      snils: '157-236-098 74',
      passport: { series: '4510', number: '123456', issueDate: '2005-05-20', issuedBy: 'ОВД района Арбат г. Москвы', divisionCode: '770-001' },
    });
  });
});
