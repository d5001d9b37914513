import { graphqlRequest } from './graphql-request';

/** The signed-in person as identity tells them about themselves. */
export interface IdentityProfile {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  email: string;
  phone: string;
  documents: {
    snils: string | null;
    inn: string | null;
    passport: { series: string; number: string; issueDate: string; issuerCode: string; issuedBy: string } | null;
    driverLicence: { number: string; issueDate: string; expiryDate: string; categories: string[] } | null;
  } | null;
}

const ME_QUERY = /* GraphQL */ `
  query ApplicationsDraftProfile {
    me {
      lastName firstName middleName birthDate email phone
      documents {
        snils inn
        passport { series number issueDate issuerCode issuedBy }
        driverLicence { number issueDate expiryDate categories }
      }
    }
  }
`;

const NAME_QUERY = /* GraphQL */ `
  query ApplicantName {
    me { lastName firstName middleName }
  }
`;

/**
 * identity, reached through its GraphQL with the CALLER's token: it shows the caller their own
 * profile and documents, and nobody else's — this subgraph gains no access of its own.
 */
export class IdentityClient {
  constructor(private readonly options: { url: string }) {}

  async me(token: string, requestId?: string): Promise<IdentityProfile | null> {
    const data = await graphqlRequest<{ me: IdentityProfile | null }>({
      subgraph: 'identity',
      url: this.options.url,
      query: ME_QUERY,
      token,
      requestId,
    });
    return data.me;
  }

  /** The caller's full name, "Фамилия Имя Отчество". */
  async fullName(token: string, requestId?: string): Promise<string | null> {
    const data = await graphqlRequest<{ me: Pick<IdentityProfile, 'lastName' | 'firstName' | 'middleName'> | null }>({
      subgraph: 'identity',
      url: this.options.url,
      query: NAME_QUERY,
      token,
      requestId,
    });
    return data.me ? [data.me.lastName, data.me.firstName, data.me.middleName].filter(Boolean).join(' ') : null;
  }
}
