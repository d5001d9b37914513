import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registerCitizen } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';
import { DESKTOP, expectHeading, launchBrowser, newContext, PHONE, portalUrl, screenshot, seriousAccessibilityViolations, signIn } from '../support/browser';

/*
 * The profile, edited in the portal: a SNILS refused for its checksum (the API's message at the
 * field), then saved and shown partly hidden; a child added and removed; notification contacts
 * and a preference changed; another session ended. Then the same page in English on a phone.
 */

/** A SNILS no one else holds, with its check number (weights 9..1, modulo 101), and the same with a wrong one. */
function freshSnils(): { valid: string; wrongChecksum: string } {
  const body = `${1 + Math.floor(Math.random() * 8)}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  let sum = [...body].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  if (sum > 101) sum %= 101;
  const check = sum < 100 ? sum : 0;
  const format = (c: number) => `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6, 9)} ${String(c).padStart(2, '0')}`;
  return { valid: format(check), wrongChecksum: format((check + 1) % 100) };
}

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

let browser: Browser;
let person: { email: string };
beforeAll(async () => {
  browser = await launchBrowser();
  person = await registerCitizen(gatewayUrl());
});
afterAll(async () => {
  await browser?.close();
});

describe('the profile', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  it('edits documents, children and notifications, and ends another session', async () => {
    // A second browser signed in as the same person: the session to end.
    const elsewhere = await newContext(browser, { viewport: DESKTOP });
    contexts.push(elsewhere);
    const otherPage = await elsewhere.newPage();
    await signIn(otherPage, person.email);

    const context = await newContext(browser, { viewport: DESKTOP });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, person.email);
    await page.goto(portalUrl('/profile'));
    await expectHeading(page, 'Профиль');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // SNILS: the API refuses a wrong check number at the field; a right one is shown partly hidden.
    const snils = freshSnils();
    const documents = page.getByRole('region', { name: 'Документы' });
    await documents.getByRole('button', { name: 'Добавить: СНИЛС' }).click();
    await documents.getByLabel('СНИЛС', { exact: true }).fill(snils.wrongChecksum);
    await documents.getByRole('button', { name: 'Сохранить' }).click();
    await documents.getByRole('alert').filter({ hasText: 'Такого СНИЛС не существует — проверьте цифры' }).waitFor();
    expect(await documents.getByLabel('СНИЛС', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await documents.getByLabel('СНИЛС', { exact: true }).fill(snils.valid);
    await documents.getByRole('button', { name: 'Сохранить' }).click();
    await status(page, 'Сохранено: СНИЛС');
    await documents.getByText(`***-***-${snils.valid.slice(8)}`).waitFor();
    expect(await documents.getByText(snils.valid).count()).toBe(0);
    await documents.getByRole('button', { name: 'Показать номера полностью' }).click();
    await documents.getByText(snils.valid).waitFor();

    // A child: a missing choice is named before anything is sent, the API's refusals at their fields.
    const children = page.getByRole('region', { name: 'Дети' });
    await children.getByRole('button', { name: 'Добавить ребёнка' }).click();
    await children.getByLabel('Фамилия ребёнка').fill('Проверкина');
    await children.getByLabel('Имя ребёнка').fill('Анна');
    await children.getByLabel('Дата рождения ребёнка').fill('2019-03-10');
    await children.getByLabel('Серия свидетельства').fill('ZZ');
    await children.getByLabel('Номер свидетельства').fill(String(100_000 + Math.floor(Math.random() * 900_000)));
    await children.getByLabel('Дата выдачи свидетельства').fill('2019-03-20');
    await children.getByRole('button', { name: 'Добавить ребёнка' }).click();
    await children.getByRole('alert').filter({ hasText: 'Выберите пол' }).waitFor();
    await children.getByRole('radio', { name: 'девочка' }).check();
    await children.getByRole('button', { name: 'Добавить ребёнка' }).click();
    await children.getByLabel('Серия свидетельства').and(page.locator('[aria-invalid="true"]')).waitFor();
    await children.getByLabel('Серия свидетельства').fill('IV-МЮ');
    await children.getByRole('button', { name: 'Добавить ребёнка' }).click();
    await status(page, 'Ребёнок добавлен: Проверкина Анна');
    await children.getByText('Проверкина Анна').waitFor();
    await screenshot(page, 'profile-desktop');
    await children.getByRole('button', { name: 'Удалить из профиля: Проверкина Анна' }).click();
    await children.getByRole('button', { name: 'Да, удалить' }).click();
    await status(page, 'Ребёнок удалён из профиля: Проверкина Анна');
    await children.getByText('Дети не добавлены').waitFor();

    // Notifications: a phone the API cannot read is refused at the field; then contacts and a preference saved.
    const notifications = page.getByRole('region', { name: 'Уведомления' });
    await notifications.getByRole('button', { name: 'Изменить контакты для уведомлений' }).click();
    await notifications.getByLabel('Почта для уведомлений').fill(person.email);
    await notifications.getByLabel('Телефон для SMS').fill('12');
    await notifications.getByRole('button', { name: 'Сохранить' }).click();
    await notifications.getByLabel('Телефон для SMS').and(page.locator('[aria-invalid="true"]')).waitFor();
    await notifications.getByLabel('Телефон для SMS').fill('8 912 345-67-89');
    await notifications.getByRole('button', { name: 'Сохранить' }).click();
    await status(page, 'Контакты для уведомлений сохранены');
    await notifications.getByText('SMS: +79123456789').waitFor();
    const emailSwitch = notifications.getByRole('checkbox', { name: /^Почта: / }).first();
    const label = (await emailSwitch.getAttribute('aria-label'))!.replace(/^Почта: /, '');
    const wasOn = await emailSwitch.isChecked();
    await emailSwitch.click();
    await status(page, `Настройка сохранена: ${label}`);
    expect(await emailSwitch.isChecked()).toBe(!wasOn);

    // Sessions: this one and the other browser's (and the API sign-in of the registration).
    const sessions = page.getByRole('region', { name: 'Активные сеансы' });
    const endButtons = sessions.getByRole('button', { name: /^Завершить сеанс: / });
    const before = await endButtons.count();
    expect(before).toBeGreaterThanOrEqual(2);
    await endButtons.first().click();
    await status(page, 'Сеанс завершён');
    expect(await endButtons.count()).toBe(before - 1);
    await sessions.getByRole('button', { name: 'Завершить все другие сеансы' }).click();
    await status(page, /^Завершено сеансов: \d+$/);
    await sessions.getByText('Других сеансов нет').waitFor();

    // What was saved is what the API now says; the other browser is signed out.
    await page.reload();
    await expectHeading(page, 'Профиль');
    await documents.getByText(`***-***-${snils.valid.slice(8)}`).waitFor();
    expect(await notifications.getByRole('checkbox', { name: `Почта: ${label}` }).isChecked()).toBe(!wasOn);
    await otherPage.goto(portalUrl('/profile'));
    await otherPage.waitForURL((url) => url.pathname.startsWith('/signin'));
  });

  it('reads in English on a phone, the API’s messages too', async () => {
    const context = await newContext(browser, { locale: 'en', viewport: PHONE });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, person.email);
    await page.goto(portalUrl('/profile'));
    await expectHeading(page, 'Profile');
    const documents = page.getByRole('region', { name: 'Documents' });
    await documents.getByRole('button', { name: 'Add: INN' }).click();
    await documents.getByLabel('INN', { exact: true }).fill('500100732250');
    await documents.getByRole('button', { name: 'Save' }).click();
    await documents.getByRole('alert').filter({ hasText: 'This INN does not exist — check the digits' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'profile-phone');
  });
});
