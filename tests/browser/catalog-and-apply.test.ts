import { CITIZEN } from '../support/demo-accounts';
import { browserForThisFile, newContext, PHONE, portalUrl, screenshot, seriousAccessibilityViolations, signIn } from '../support/browser';

/*
 * Finding a service and applying, as a citizen does in the portal: a search with a typo offers
 * suggestions, the service page leads to the form rendered from the service's JSON Schema, a bad
 * value is refused next to its field (announced), and a good one is filed and shown.
 */

const browser = browserForThisFile();

it('search with a typo → service page → form → a refused value → filed, on a phone', async () => {
  const context = await newContext(browser(), { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, CITIZEN);
  await page.goto(portalUrl('/catalog'));
  await page.getByRole('combobox').first().fill('паспрт');
  await page.getByRole('option', { name: /Проверка действительности паспорта/ }).first().waitFor({ timeout: 15_000 });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'catalog-search-360');
  await page.getByRole('option', { name: /Проверка действительности паспорта/ }).first().click();

  await page.getByRole('heading', { level: 1, name: /Проверка действительности паспорта/ }).waitFor({ timeout: 15_000 });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('link', { name: /Подать заявление/ }).first().click();

  await page.getByLabel(/Серия паспорта/).waitFor({ timeout: 15_000 });
  await page.getByLabel(/Серия паспорта/).fill('45');
  await page.getByLabel(/Номер паспорта/).fill('123456');
  await page.getByRole('button', { name: /Отправить|Подать/ }).click();
  await page.getByRole('alert').first().waitFor();
  expect(page.url()).toMatch(/\/apply$/);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'apply-form-360');

  await page.getByLabel(/Серия паспорта/).fill('4510');
  await page.getByRole('button', { name: /Отправить|Подать/ }).click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await page.getByRole('heading', { level: 1, name: /Заявление № \d{4}-\d{6}/ }).waitFor({ timeout: 15_000 });
  await context.close();
});
