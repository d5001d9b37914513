import { randomInt, randomUUID } from 'node:crypto';
import { loginAs } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';
import { queryStackDatabase } from '../support/database';
import { serviceLogLines } from '../support/service-logs';

/** A valid SNILS with its check number (the Pension Fund's rule), unique to this run. */
function randomSnils(): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => randomInt(10));
    if (digits.join('') <= '001001998') continue;
    const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
    const check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
    return digits.join('') + String(check).padStart(2, '0');
  }
}

/** A valid 12-digit personal INN with both check digits (the Tax Service's weights). */
function randomInn(): string {
  const digits = Array.from({ length: 10 }, () => randomInt(10));
  const check = (weights: number[]) => (weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11) % 10;
  digits.push(check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  digits.push(check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  return digits.join('');
}

const PASSWORD = 'Secret-Passw0rd!';

describe('personal data stays out of logs, errors and stored rows', () => {
  it('a citizen adds SNILS, INN and passport: no log line, error or raw row holds them in plain text', async () => {
    const email = `pd-${randomUUID().slice(0, 8)}@example.ru`;
    const registered = await graphql(
      gatewayUrl(),
      'mutation ($i: RegisterInput!) { register(input: $i) { user { id } userErrors { code } } }',
      { i: { lastName: 'Смирнова', firstName: 'Ольга', birthDate: '1990-02-03', email, phone: `+7999${randomInt(1_000_000, 9_999_999)}`, password: PASSWORD } },
    );
    expect(registered.data?.register.userErrors).toEqual([]);
    const { token, userId } = await loginAs(gatewayUrl(), email, PASSWORD);

    const snils = randomSnils();
    const inn = randomInn();
    const passportNumber = String(randomInt(100_000, 999_999));
    const set = async (mutation: string, input: Record<string, unknown>) =>
      graphql(gatewayUrl(), `mutation ($i: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $i) { userErrors { field code message } } }`, { i: input }, { token });
    expect((await set('setSnils', { snils })).data?.setSnils.userErrors).toEqual([]);
    expect((await set('setInn', { inn })).data?.setInn.userErrors).toEqual([]);
    const passport = { series: '4510', number: passportNumber, issueDate: '2010-03-01', issuerCode: '770-001', issuedBy: 'ОВД Тверского района г. Москвы' };
    expect((await set('setPassport', { passport })).data?.setPassport.userErrors).toEqual([]);

    // A wrong SNILS is refused without echoing it back.
    const wrongSnils = snils.slice(0, 9) + String((Number(snils.slice(9)) + 1) % 100).padStart(2, '0');
    const refused = await set('setSnils', { snils: wrongSnils });
    expect(refused.data?.setSnils.userErrors.map((e: { code: string }) => e.code)).toEqual(['SNILS_CHECKSUM']);
    expect(JSON.stringify(refused)).not.toContain(wrongSnils);

    // The owner sees them in full (so the values really went through every service on the way).
    const mine = await graphql(gatewayUrl(), '{ me { documents { snils inn passport { number } } } }', {}, { token });
    expect(JSON.stringify(mine.data)).toContain(passportNumber);

    await new Promise((resolve) => setTimeout(resolve, 300)); // logs are written asynchronously
    const secrets = [snils, inn, passportNumber, wrongSnils, PASSWORD];
    for (const service of ['gateway', 'identity', 'applications', 'notifications']) {
      const text = serviceLogLines(service)
        .map((line) => JSON.stringify(line))
        .join('\n');
      expect(text.length).toBeGreaterThan(0);
      for (const secret of secrets) expect({ service, leaks: text.includes(secret) }).toEqual({ service, leaks: false });
    }

    const rows = await queryStackDatabase<Record<string, unknown>>('SELECT * FROM identity.identity_documents WHERE user_id = $1', [userId]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const stored = rows.map((row) => Object.values(row).map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value))).join('|')).join('\n');
    for (const secret of [snils, inn, passportNumber]) expect(stored).not.toContain(secret);
  });
});
