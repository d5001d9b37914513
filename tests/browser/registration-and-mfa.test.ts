import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { sandboxCode, totpCode } from '../support/authenticator';
import { browserForThisFile, DESKTOP, expectHeading, newContext, PHONE, portalUrl, screenshot, seriousAccessibilityViolations, signIn } from '../support/browser';
import { DEMO_PASSWORD, loginAs, registerCitizen } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';

/*
 * Registration, email confirmation and every way of signing in, in Debian's Chromium: the form
 * judging fields as they are typed, the code from identity's sandbox mail, sign-in by phone, SNILS
 * and INN, and both second factors set up on the profile (TOTP from a QR code, SMS) and answered.
 */

// Three whole journeys on a stack shared with other scenarios; each step keeps Playwright's own limit.
jest.setTimeout(180_000);

const browser = browserForThisFile();

/** A six-digit code that is surely not `code`. */
const otherThan = (code: string) => String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');

/** A SNILS with a valid check number, written the usual way: "123-456-789 01". */
function newSnils(): string {
  const body = String(randomInt(2_000_000, 999_999_999)).padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (9 - i);
  if (sum > 101) sum %= 101;
  const check = String(sum < 100 ? sum : 0).padStart(2, '0');
  return `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6, 9)} ${check}`;
}

/** A person's 12-digit INN with valid FNS check digits (region 77). */
function newInn(): string {
  const digit = (digits: string, weights: number[]) => (weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11) % 10;
  const ten = `77${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  const eleven = ten + digit(ten, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
  return eleven + digit(eleven, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

const unique = () => `${Date.now()}${randomInt(0, 1000)}`.slice(-7);

async function signOut(page: Page, name: RegExp = /^Выйти$|^Sign out$/) {
  await page.getByRole('button', { name }).click();
  await page.waitForURL(/\/signin$/);
}

/** The password step by hand, stopping where the second factor is asked. */
async function passwordStep(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto(portalUrl('/signin'));
  await page.getByLabel(/Почта, телефон|Email, phone/).fill(login);
  await page.getByLabel(/^Пароль$|^Password$/).fill(password);
  await page.getByRole('button', { name: /^Войти$|^Sign in$/ }).click();
}

const alertText = (page: Page) => page.getByRole('alert').first().textContent();

describe('registration and signing in', () => {
  it('registers with the fields judged as typed, confirms the email, and signs in by phone, SNILS and INN', async () => {
    const context = await newContext(browser(), { viewport: DESKTOP });
    const page = await context.newPage();
    const suffix = unique();
    const email = `reg-${suffix}@test.gosuslugi.local`;
    const password = 'Регистрация-1!';

    await page.goto(portalUrl('/register'));
    await expectHeading(page, 'Регистрация');
    // A field says what is wrong once it was left, and keeps judging as it is typed.
    await page.getByLabel('Фамилия').fill('Smith1');
    await page.getByLabel('Фамилия').press('Tab');
    await page.getByText('Используйте только буквы одного алфавита').waitFor();
    await page.getByLabel('Электронная почта').fill('ivan@');
    await page.getByLabel('Электронная почта').press('Tab');
    await page.getByText('Проверьте адрес электронной почты').waitFor();
    await page.getByLabel('Мобильный телефон').fill('8 800 555');
    await page.getByLabel('Мобильный телефон').press('Tab');
    await page.getByText('Укажите российский номер телефона').waitFor();
    // Left once, the field is judged again at every change, without leaving it.
    await page.getByLabel('Мобильный телефон').fill('8 800 555-35-35');
    await page.getByText('служебные номера (например, 8-800) не подходят').waitFor();
    await page.getByLabel('Пароль', { exact: true }).fill('abc');
    await page.getByLabel('Пароль', { exact: true }).press('Tab');
    expect(await page.getByText('Пароль слабый, не хватает').textContent()).toContain('не менее 8 символов');
    expect(await page.getByLabel('Фамилия').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-desktop');

    await page.getByLabel('Фамилия').fill('Проверкина');
    expect(await page.getByText('Используйте только буквы одного алфавита').count()).toBe(0);
    await page.getByLabel('Имя', { exact: true }).fill('Анна');
    await page.getByLabel('Дата рождения').fill('1990-05-17');
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Мобильный телефон').fill(`8 (917) ${suffix.slice(0, 3)}-${suffix.slice(3, 5)}-${suffix.slice(5)}`);
    await page.getByLabel('Пароль', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

    // Registered and signed in: the page asks for the code from the letter.
    await page.waitForURL(/\/confirm-email/);
    await expectHeading(page, 'Подтверждение почты');
    await page.getByText(`Мы отправили код на ${email}`).waitFor();
    const first = await sandboxCode(email, 'EMAIL_CONFIRMATION');
    await page.getByLabel('Код из письма').fill(otherThan(first));
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(alertText(page)).resolves.toBe('Неверный код');
    await page.getByRole('button', { name: 'Отправить код ещё раз' }).click();
    await page.getByRole('status').filter({ hasText: `Новый код отправлен на ${email}.` }).waitFor();
    const second = await sandboxCode(email, 'EMAIL_CONFIRMATION');
    await page.getByLabel('Код из письма').fill(second);
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    await page.getByRole('status').filter({ hasText: 'Почта подтверждена.' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await signOut(page);

    // The phone as people write it, then SNILS and INN added to the account.
    await signIn(page, `+7 917 ${suffix}`, password);
    await expectHeading(page, 'Здравствуйте, Анна');
    await signOut(page);
    const { token } = await loginAs(gatewayUrl(), email, password);
    const [snils, inn] = [newSnils(), newInn()];
    const saved = await graphql(gatewayUrl(), 'mutation ($s: SetSnilsInput!, $i: SetInnInput!) { setSnils(input: $s) { userErrors { code } } setInn(input: $i) { userErrors { code } } }', { s: { snils }, i: { inn } }, { token });
    expect(saved.data).toEqual({ setSnils: { userErrors: [] }, setInn: { userErrors: [] } });
    for (const login of [snils, inn]) {
      await signIn(page, login, password);
      await expectHeading(page, 'Здравствуйте, Анна');
      await signOut(page);
    }
    await passwordStep(page, snils, 'Не-тот-пароль-1');
    await expect(alertText(page)).resolves.toBe('Неверный логин или пароль');
    await context.close();
  });

  it('turns on an authenticator app from the QR code and then asks for its code at sign-in', async () => {
    const { email } = await registerCitizen(gatewayUrl());
    const context = await newContext(browser(), { viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, email);
    await page.goto(portalUrl('/profile'));
    const section = page.getByRole('region', { name: 'Вход и двухфакторная защита' });
    await section.getByText('Двухфакторная защита выключена.').waitFor();
    await section.getByRole('button', { name: 'Подключить приложение-аутентификатор' }).click();
    const qr = section.getByRole('img', { name: 'QR-код для приложения-аутентификатора' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    // The picture decodes (an SVG data: URL the page's CSP allows), not a broken image.
    const decoded = await qr.evaluate((img) => {
      const image = img as unknown as { complete: boolean; naturalWidth: number };
      return image.complete && image.naturalWidth > 0;
    });
    expect(decoded).toBe(true);
    const secret = (await section.locator('.security-secret').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await section.getByLabel('Код из приложения (6 цифр)').fill(otherThan(await totpCode(secret)));
    await section.getByRole('button', { name: 'Подтвердить и включить' }).click();
    await expect(section.getByRole('alert').textContent()).resolves.toBe('Неверный код подтверждения');
    await section.getByLabel('Код из приложения (6 цифр)').fill(await totpCode(secret));
    await section.getByRole('button', { name: 'Подтвердить и включить' }).click();
    await section.getByRole('status').filter({ hasText: 'Приложение-аутентификатор подключено.' }).waitFor();
    expect(await section.locator('.security-codes li').count()).toBe(10);
    await section.getByText('Двухфакторная защита включена: приложение-аутентификатор, резервные коды.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await signOut(page);

    await passwordStep(page, email);
    await expectHeading(page, 'Подтверждение входа');
    // The code of the step spent on enrolment is refused for its window; the app's next one is taken.
    const code = await totpCode(secret, 30);
    await page.getByLabel('Код из приложения (6 цифр)').fill(otherThan(code));
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(alertText(page)).resolves.toBe('Неверный код подтверждения');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'signin-mfa-desktop');
    await page.getByLabel('Код из приложения (6 цифр)').fill(code);
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    // Back where the person was when signed out (the profile), now past both factors.
    await page.waitForURL((url) => url.pathname === '/profile');
    await page.getByText('Двухфакторная защита включена: приложение-аутентификатор, резервные коды.').waitFor();
    await context.close();
  });

  it('in English at 360 px: the form’s errors, SMS codes on, the SMS second factor, protection off again', async () => {
    const context = await newContext(browser(), { locale: 'en', viewport: PHONE });
    const page = await context.newPage();
    await page.goto(portalUrl('/register'));
    await expectHeading(page, 'Create an account');
    await page.getByRole('button', { name: 'Create the account' }).click();
    // A submit shows every field's problem at once and takes the person to the first.
    expect(await page.getByText('This field is required').count()).toBe(6);
    expect(await page.evaluate(() => (document as unknown as { activeElement: { getAttribute(name: string): string | null } | null }).activeElement?.getAttribute('name'))).toBe('lastName');
    await page.getByLabel('Date of birth').fill('2020-01-01');
    await page.getByText('You can register from the age of 14').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-phone');

    const { email, token } = await registerCitizen(gatewayUrl());
    const phone = (await graphql(gatewayUrl(), '{ me { phone } }', {}, { token })).data?.me.phone as string;
    await signIn(page, email);
    await page.goto(portalUrl('/profile'));
    const section = page.getByRole('region', { name: 'Sign-in and two-factor protection' });
    await section.getByRole('button', { name: 'Turn on SMS codes' }).click();
    await section.getByRole('status').filter({ hasText: `We sent a code to ${phone}.` }).waitFor();
    await section.getByLabel('Code from the SMS (6 digits)').fill(await sandboxCode(phone, 'SMS_ENROLLMENT'));
    await section.getByRole('button', { name: 'Confirm and turn on' }).click();
    await section.getByRole('status').filter({ hasText: 'SMS codes are on.' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await signOut(page);

    await passwordStep(page, email);
    await expectHeading(page, 'Confirm sign-in');
    expect(await page.getByRole('radio', { name: 'Code from an SMS' }).isChecked()).toBe(true);
    const sms = await sandboxCode(phone, 'MFA_SMS');
    await page.getByLabel('Code from the SMS (6 digits)').fill(otherThan(sms));
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(alertText(page)).resolves.toBe('Incorrect confirmation code');
    await page.getByLabel('Code from the SMS (6 digits)').fill(sms);
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/profile');

    // Turning protection off asks for the password again; a wrong one is refused by the API.
    await page.goto(portalUrl('/profile'));
    const again = page.getByRole('region', { name: 'Sign-in and two-factor protection' });
    await again.getByLabel('Current password').fill('Wrong-password-1');
    await again.getByRole('button', { name: 'Turn protection off' }).click();
    await expect(again.getByRole('alert').textContent()).resolves.toBe('Incorrect login or password');
    await again.getByLabel('Current password').fill(DEMO_PASSWORD);
    await again.getByRole('button', { name: 'Turn protection off' }).click();
    await again.getByRole('status').filter({ hasText: 'Two-factor protection has been turned off.' }).waitFor();
    await again.getByText('Two-factor protection is off.', { exact: true }).waitFor();
    await signOut(page);
    await signIn(page, email);
    await context.close();
  });
});
