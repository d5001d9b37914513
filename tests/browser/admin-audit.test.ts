import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication, transition } from '../support/applications';
import { browserForThisFile, DESKTOP, expectHeading, newContext, portalUrl, screenshot, seriousAccessibilityViolations, signIn } from '../support/browser';
import { ADMIN, EMPLOYEE_MVD, loginAs, registerCitizen } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';

/*
 * The administrator's audit journal: the status changes of one application found by its subject,
 * an action prefix that matches nothing, pages of the whole journal, and the hash chain verified.
 * Employees are kept out.
 */

jest.setTimeout(90_000);
const url = gatewayUrl();
const browser = browserForThisFile();

it('the admin filters the journal by subject and action, pages through it and verifies the chain', async () => {
  // More than a page of journal entries: each submission and registration is one.
  const citizen = await registerCitizen(url);
  const serviceId = await serviceIdByCode(url, SIMPLE_MVD_SERVICE);
  const employee = await loginAs(url, EMPLOYEE_MVD);
  const applications = [];
  for (let i = 0; i < 11; i++) applications.push(await submitApplication(url, citizen.token, serviceId));
  for (const submitted of applications) expect((await transition(url, employee.token, 'registerApplication', submitted.id)).data?.registerApplication.userErrors).toEqual([]);
  const application = applications[0];

  const context = await newContext(browser(), { viewport: DESKTOP });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  // An administrator's start page is the journal.
  await page.waitForURL((url) => url.pathname === '/admin/audit');
  await expectHeading(page, 'Журнал аудита');
  const journal = page.getByRole('table', { name: /^Записи журнала: \d+, сначала новые; страница 1$/ });
  await journal.waitFor();
  const pager = page.getByRole('navigation', { name: 'Страницы' });
  // The journal's consumer records the changes shortly after they happen.
  for (let attempt = 0; attempt < 20 && !(await pager.count()); attempt++) {
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Найти' }).click();
    await journal.waitFor();
  }
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // Pages: the next one says so, and the previous one comes back.
  await pager.getByRole('button', { name: 'Следующая страница' }).click();
  await page.getByRole('table', { name: /страница 2$/ }).waitFor();
  const firstOfPage2 = await page.getByRole('table', { name: /страница 2$/ }).getByRole('rowheader').first().textContent();
  await pager.getByRole('button', { name: 'Предыдущая страница' }).click();
  await journal.waitFor();
  expect(Number(await journal.getByRole('rowheader').last().textContent())).toBeGreaterThan(Number(firstOfPage2));

  // The application's own entries: the journal's consumer records them shortly after the change.
  const filters = page.getByRole('form', { name: 'Фильтры' });
  await filters.getByLabel('Тип объекта').fill('Application');
  await filters.getByLabel('Id объекта').fill(application.id);
  await filters.getByLabel('Действие').fill('application.');
  const found = page.getByRole('table', { name: /^Записи журнала: \d+, / });
  const rows = found.getByRole('row').filter({ hasText: application.id });
  // Its submission and registration, and nothing else (the journal's consumer may still be catching up).
  const onlyThisApplication = async () => (await rows.count()) === 2 && (await found.getByRole('rowheader').count()) === 2;
  for (let attempt = 0; attempt < 20 && !(await onlyThisApplication()); attempt++) {
    await filters.getByRole('button', { name: 'Найти' }).click();
    await found.or(page.getByText('Записей нет')).first().waitFor();
    await page.waitForTimeout(300);
  }
  expect(await onlyThisApplication()).toBe(true);
  await rows.filter({ hasText: '"to":"SUBMITTED"' }).waitFor();
  await rows.filter({ hasText: '"to":"REGISTERED"' }).waitFor();
  await screenshot(page, 'admin-audit-desktop');

  await filters.getByLabel('Действие').fill('security.');
  await filters.getByRole('button', { name: 'Найти' }).click();
  await page.getByText('Записей нет').waitFor();

  await filters.getByRole('button', { name: 'Сбросить' }).click();
  expect(await filters.getByLabel('Id объекта').inputValue()).toBe('');
  await journal.waitFor();

  await page.getByRole('button', { name: 'Проверить цепочку' }).click();
  await page.getByRole('status').filter({ hasText: /^Цепочка цела: проверено записей — [1-9]\d*, последняя № \d+$/ }).waitFor();
  await page.getByText(/^Хеш последней записи: [0-9a-f]{16,}$/).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await context.close();
});

it('an employee is told the journal is not theirs', async () => {
  const context = await newContext(browser(), { viewport: DESKTOP, locale: 'en' });
  const page = await context.newPage();
  await signIn(page, EMPLOYEE_MVD);
  await page.goto(portalUrl('/admin/audit'));
  await expectHeading(page, 'Access denied');
  await page.getByRole('alert').filter({ hasText: 'Your account does not give access to it.' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await context.close();
});
