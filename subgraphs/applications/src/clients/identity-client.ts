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

type PersonName = Pick<IdentityProfile, 'lastName' | 'firstName' | 'middleName'>;

const joinName = (name: PersonName): string => [name.lastName, name.firstName, name.middleName].filter(Boolean).join(' ');

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
    const data = await this.identity.query<{ me: PersonName | null }>(NAME_QUERY, {}, { token, requestId });
    return data.me ? joinName(data.me) : null;
  }

  /**
   * Another person's full name as identity shows it to the caller (an employee serving that
   * person may read it); null when identity refuses the caller or knows no such person.
   */
  async fullNameOf(userId: string, token: string | null | undefined, requestId?: string | null): Promise<string | null> {
    if (!token) return null;
    const [user] = await this.identity.entities<PersonName>('User', [{ id: userId }], 'lastName firstName middleName', { token, requestId });
    return user?.lastName && user.firstName ? joinName(user) : null;
  }
}
