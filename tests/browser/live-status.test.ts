import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication, transition } from '../support/applications';
import { CITIZEN, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';
import { browserForThisFile, newContext, portalUrl, screenshot, seriousAccessibilityViolations, signIn } from '../support/browser';

/*
 * Live status in the portal: the citizen watches an application's page; an MVD employee, in a
 * second browser context, registers it from the workspace; the citizen's page shows the new
 * status (and announces it) without a reload.
 */

const browser = browserForThisFile();

it('a status change made by an employee appears on the citizen’s page without a reload', async () => {
  const citizen = await loginAs(gatewayUrl(), CITIZEN);
  const application = await submitApplication(gatewayUrl(), citizen.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE));

  const citizenContext = await newContext(browser());
  const citizenPage = await citizenContext.newPage();
  await signIn(citizenPage, CITIZEN);
  await citizenPage.goto(portalUrl(`/applications/${application.id}`));
  await citizenPage.getByRole('heading', { level: 1, name: new RegExp(application.number) }).waitFor();
  expect(await seriousAccessibilityViolations(citizenPage)).toEqual([]);
  let navigations = 0;
  citizenPage.on('framenavigated', () => (navigations += 1));

  const employeeContext = await newContext(browser());
  const employeePage = await employeeContext.newPage();
  await signIn(employeePage, EMPLOYEE_MVD);
  await employeePage.goto(portalUrl(`/workspace/applications/${application.id}`));
  await employeePage.getByRole('button', { name: 'Зарегистрировать' }).click();
  expect(await seriousAccessibilityViolations(employeePage)).toEqual([]);
  await screenshot(employeePage, 'workspace-application-desktop');

  await citizenPage.getByRole('status').filter({ hasText: 'Новый статус: Зарегистрировано' }).waitFor({ state: 'attached', timeout: 15_000 });
  expect(navigations).toBe(0);
  await screenshot(citizenPage, 'citizen-application-desktop');

  // On the home page, the unread count grows live when the next change makes a notification.
  await citizenPage.getByRole('link', { name: 'Главная' }).click();
  const unread = citizenPage.getByRole('status').filter({ hasText: /Непрочитанных: \d+/ });
  await unread.waitFor();
  const before = Number(/(\d+)/.exec((await unread.textContent()) ?? '')?.[1]);
  const employee = await loginAs(gatewayUrl(), EMPLOYEE_MVD);
  expect((await transition(gatewayUrl(), employee.token, 'startProcessing', application.id)).data?.startProcessing.userErrors).toEqual([]);
  // Other scenarios on the shared stack notify this citizen too: the count grows by at least one.
  const grown = async () => Number(/(\d+)/.exec((await unread.textContent()) ?? '')?.[1]) > before;
  for (const deadline = Date.now() + 15_000; !(await grown()) && Date.now() < deadline; ) await citizenPage.waitForTimeout(200);
  expect(await grown()).toBe(true);
  expect(navigations).toBe(1); // the one click on «Главная», no reload
  await citizenContext.close();
  await employeeContext.close();
});
