import { SubgraphClient } from '@eco/kit';

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
  private readonly identity: SubgraphClient;

  constructor(options: { url: string }) {
    this.identity = new SubgraphClient({ subgraph: 'identity', url: options.url });
  }

  async me(token: string, requestId?: string): Promise<IdentityProfile | null> {
    const data = await this.identity.query<{ me: IdentityProfile | null }>(ME_QUERY, {}, { token, requestId });
    return data.me;
  }

  /** The caller's full name, "Фамилия Имя Отчество". */
  async fullName(token: string, requestId?: string): Promise<string | null> {
    const data = await this.identity.query<{ me: Pick<IdentityProfile, 'lastName' | 'firstName' | 'middleName'> | null }>(NAME_QUERY, {}, { token, requestId });
    return data.me ? [data.me.lastName, data.me.firstName, data.me.middleName].filter(Boolean).join(' ') : null;
  }
}
