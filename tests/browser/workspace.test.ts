import { randomInt } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication, transition } from '../support/applications';
import { browserForThisFile, DESKTOP, expectHeading, newContext, PHONE, portalUrl, screenshot, seriousAccessibilityViolations, signIn } from '../support/browser';
import { EMPLOYEE_GIBDD, EMPLOYEE_MINPROS, EMPLOYEE_MVD, loginAs, registerCitizen, SANDBOX_CITIZEN } from '../support/demo-accounts';
import { graphql, gatewayUrl } from '../support/graphql-client';

/*
 * The employee workspace: an MVD employee finds a citizen's application with the queue's filters,
 * saves the filter set, raises its priority, takes it, and walks it through registration,
 * processing, a request for information (answered by the citizen) and completion; a second one is
 * rejected with a reason; a refused action shows the API's coded message. Citizens and other
 * departments are kept out. GIBDD decides an appeal, MINPROS a first-grade application, and the
 * statistics charts render (in English).
 */

jest.setTimeout(120_000);
const url = gatewayUrl();
const browser = browserForThisFile();

async function employeePage(login: string, options: { locale?: 'ru' | 'en'; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await newContext(browser(), { viewport: DESKTOP, ...options });
  const page = await context.newPage();
  await signIn(page, login);
  return page;
}

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();
const queueTable = (page: Page) => page.getByRole('table', { name: /^Заявления: \d+, страница \d+$/ });
const rowOf = (page: Page, number: string): Locator => queueTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: number, exact: true }) });
const KINDERGARTEN_2127 = '00000000-0000-4000-8700-000000000003';

/** Picks the option whose text contains `text`, once the options have loaded. */
async function chooseOption(select: Locator, text: string): Promise<void> {
  const option = select.locator('option', { hasText: text }).first();
  await option.waitFor({ state: 'attached' });
  await select.selectOption((await option.getAttribute('value'))!);
}

const statusIs = (page: Page, text: string) => page.getByTestId('application-status').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();

async function provideInformation(token: string, applicationId: string) {
  const response = await graphql(
    url,
    'mutation ($input: ProvideInformationInput!) { provideInformation(input: $input) { application { status } userErrors { code message } } }',
    { input: { applicationId, comment: 'Скан паспорта приложил, номер проверен' } },
    { token },
  );
  expect(response.data?.provideInformation).toEqual({ application: { status: 'IN_PROGRESS' }, userErrors: [] });
}

it('an MVD employee filters the queue, saves the filter, prioritises, takes and decides two applications', async () => {
  const citizen = await registerCitizen(url);
  const serviceId = await serviceIdByCode(url, SIMPLE_MVD_SERVICE);
  const first = await submitApplication(url, citizen.token, serviceId);
  const second = await submitApplication(url, citizen.token, serviceId);
  const page = await employeePage(EMPLOYEE_MVD);

  await page.goto(portalUrl('/workspace'));
  await expectHeading(page, 'Очередь заявлений');
  const filters = page.getByRole('form', { name: 'Фильтры и сортировка' });
  await filters.getByRole('checkbox', { name: 'Подано' }).check();
  await filters.getByLabel('Услуга', { exact: true }).selectOption(serviceId);
  await filters.getByLabel('Исполнитель').selectOption('unassigned');
  await filters.getByLabel('Приоритет').selectOption('NORMAL');
  await filters.getByLabel('Сортировка').selectOption('SUBMITTED_DESC');
  await filters.getByRole('button', { name: 'Показать' }).click();
  await rowOf(page, first.number).waitFor();
  await rowOf(page, second.number).waitFor();
  const address = new URL(page.url());
  expect(address.searchParams.getAll('status')).toEqual(['SUBMITTED']);
  expect(Object.fromEntries([...address.searchParams].filter(([key]) => key !== 'status'))).toEqual({ service: serviceId, assignee: 'unassigned', priority: 'NORMAL', order: 'SUBMITTED_DESC' });
  // The API orders newest first: the second application above the first, and the header says so.
  const numbers = await queueTable(page).getByRole('link').allTextContents();
  expect(numbers.indexOf(second.number)).toBeLessThan(numbers.indexOf(first.number));
  expect(await queueTable(page).getByRole('columnheader', { name: /^Номер и дата подачи/ }).getAttribute('aria-sort')).toBe('descending');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // A filter set saved under a name: refused without one (the form's check), then kept and chosen.
  const saved = page.getByRole('region', { name: 'Сохранённые фильтры' });
  await saved.getByRole('button', { name: 'Сохранить фильтр' }).click();
  await saved.getByRole('alert').filter({ hasText: 'Введите название фильтра' }).waitFor();
  const filterName = `Новые МВД ${randomInt(100_000, 999_999)}`;
  await saved.getByLabel('Название для текущего фильтра').fill(filterName);
  await saved.getByRole('button', { name: 'Сохранить фильтр' }).click();
  await status(page, `Фильтр «${filterName}» сохранён`);
  const savedSelect = saved.getByLabel('Применить сохранённый фильтр');
  await savedSelect.locator('option:checked', { hasText: filterName }).waitFor({ state: 'attached' });
  expect(new URL(page.url()).searchParams.get('saved')).toBeTruthy();

  // Sorting by a column header asks the API for that order.
  await queueTable(page).getByRole('button', { name: /^Срок/ }).click();
  await queueTable(page).locator('th[aria-sort="ascending"]', { hasText: 'Срок' }).waitFor();
  expect(new URL(page.url()).searchParams.get('order')).toBeNull();

  // Priority, then assignment: the unassigned normal-priority view no longer lists it.
  await page.getByRole('button', { name: `Повысить приоритет заявления ${first.number}` }).click();
  await status(page, `Приоритет заявления ${first.number}: Высокий`);
  await rowOf(page, first.number).waitFor({ state: 'detached' });
  await filters.getByLabel('Приоритет').selectOption('HIGH');
  await filters.getByRole('button', { name: 'Показать' }).click();
  await rowOf(page, first.number).getByRole('cell', { name: 'Высокий', exact: true }).waitFor();
  await page.getByRole('button', { name: `Взять себе заявление ${first.number}` }).click();
  await status(page, `Заявление ${first.number} назначено вам`);
  await filters.getByLabel('Исполнитель').selectOption('me');
  await filters.getByRole('button', { name: 'Показать' }).click();
  await rowOf(page, first.number).getByRole('cell', { name: 'Вы', exact: true }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'workspace-queue-desktop');

  // The application: every step shows its new status at once.
  await rowOf(page, first.number).getByRole('link', { name: first.number }).click();
  await expectHeading(page, `Заявление № ${first.number}`);
  await page.getByRole('region', { name: 'Данные заявления' }).getByText('4510').waitFor();
  await page.getByRole('button', { name: 'Зарегистрировать' }).click();
  await statusIs(page, 'Зарегистрировано');
  await page.getByRole('button', { name: 'Взять в работу' }).click();
  await statusIs(page, 'В работе');
  await page.getByLabel('Что нужно предоставить заявителю').fill('Приложите скан первой страницы паспорта');
  await page.getByRole('button', { name: 'Запросить сведения' }).click();
  await statusIs(page, 'Запрошены сведения');
  await page.getByText('Ждём сведений от заявителя').waitFor();

  // The citizen answers through the API; the open page follows live.
  await provideInformation(citizen.token, first.id);
  await statusIs(page, 'В работе');

  // Refused by the API: a rejection needs a reason. Its coded message is shown, nothing changes.
  await page.getByRole('button', { name: 'Отказать' }).click();
  await page.getByRole('alert').filter({ hasText: 'Обязательное поле (код REQUIRED)' }).waitFor();
  expect(await page.getByLabel('Причина отказа').getAttribute('aria-invalid')).toBe('true');
  await statusIs(page, 'В работе');

  await page.getByLabel('Решение (будет напечатано в документе)').fill('Паспорт действителен');
  await page.getByRole('button', { name: 'Исполнить' }).click();
  await statusIs(page, 'Исполнено');
  const result = page.getByRole('region', { name: 'Результат' });
  await result.getByText('Паспорт действителен').waitFor();
  const history = page.getByRole('table', { name: 'Изменения статуса, сначала ранние' });
  await history.getByRole('row').filter({ hasText: 'В работе → Исполнено' }).waitFor();
  await history.getByRole('row').filter({ hasText: 'Скан паспорта приложил' }).waitFor();
  await page.getByText('Для этого статуса действий нет').waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'workspace-application-desktop');

  // The second application is rejected with a reason.
  const employee = await loginAs(url, EMPLOYEE_MVD);
  expect((await transition(url, employee.token, 'registerApplication', second.id)).data?.registerApplication.userErrors).toEqual([]);
  expect((await transition(url, employee.token, 'startProcessing', second.id)).data?.startProcessing.userErrors).toEqual([]);
  await page.goto(portalUrl(`/workspace/applications/${second.id}`));
  await expectHeading(page, `Заявление № ${second.number}`);
  await page.getByLabel('Причина отказа').fill('Паспорт числится недействительным');
  await page.getByRole('button', { name: 'Отказать' }).click();
  await statusIs(page, 'Отказано');
  await page.getByRole('region', { name: 'Результат' }).getByText('Паспорт числится недействительным').waitFor();
  await status(page, 'Готово: статус — Отказано');

  // The saved set is deleted again (employees may keep only a few).
  await page.goto(portalUrl('/workspace'));
  await savedSelect.locator('option', { hasText: filterName }).waitFor({ state: 'attached' });
  await savedSelect.selectOption({ label: filterName });
  await saved.getByRole('button', { name: 'Удалить выбранный' }).click();
  await status(page, 'Фильтр удалён');
  await savedSelect.locator('option', { hasText: filterName }).waitFor({ state: 'detached' });
  await page.context().close();
});

it('a refused action from a stale page shows the API’s coded message', async () => {
  const citizen = await registerCitizen(url);
  const application = await submitApplication(url, citizen.token, await serviceIdByCode(url, SIMPLE_MVD_SERVICE));
  const page = await employeePage(EMPLOYEE_MVD);
  // Live updates are cut off, so the page stays as it was loaded while another desk registers it.
  await page.routeWebSocket(/\/graphql/, (socket) => socket.close());
  await page.goto(portalUrl(`/workspace/applications/${application.id}`));
  await expectHeading(page, `Заявление № ${application.number}`);
  const employee = await loginAs(url, EMPLOYEE_MVD);
  expect((await transition(url, employee.token, 'registerApplication', application.id)).data?.registerApplication.userErrors).toEqual([]);
  await page.getByRole('button', { name: 'Зарегистрировать' }).click();
  await page.getByRole('alert').filter({ hasText: 'Действие недоступно для заявления в статусе «REGISTERED» (код INVALID_TRANSITION)' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.context().close();
});

it('keeps citizens out of the workspace and another department away from MVD’s application', async () => {
  const citizen = await registerCitizen(url);
  const application = await submitApplication(url, citizen.token, await serviceIdByCode(url, SIMPLE_MVD_SERVICE));

  const citizenPage = await employeePage(citizen.email);
  await citizenPage.goto(portalUrl('/workspace'));
  await expectHeading(citizenPage, 'Нет доступа');
  await citizenPage.getByRole('alert').filter({ hasText: 'для сотрудников ведомств' }).waitFor();
  expect(await citizenPage.getByRole('link', { name: 'Очередь заявлений' }).count()).toBe(0);
  expect(await seriousAccessibilityViolations(citizenPage)).toEqual([]);
  await citizenPage.context().close();

  const gibdd = await employeePage(EMPLOYEE_GIBDD);
  await gibdd.goto(portalUrl('/workspace?status=SUBMITTED'));
  await expectHeading(gibdd, 'Очередь заявлений');
  await gibdd.getByRole('table', { name: /^Заявления: \d+/ }).or(gibdd.getByText('Заявлений по этим условиям нет')).first().waitFor();
  expect(await gibdd.getByRole('link', { name: application.number }).count()).toBe(0);
  await gibdd.goto(portalUrl(`/workspace/applications/${application.id}`));
  await expectHeading(gibdd, 'Заявление не найдено');
  expect(await seriousAccessibilityViolations(gibdd)).toEqual([]);
  await gibdd.context().close();
});

it('the queue works on a phone', async () => {
  const citizen = await registerCitizen(url);
  const application = await submitApplication(url, citizen.token, await serviceIdByCode(url, SIMPLE_MVD_SERVICE));
  const page = await employeePage(EMPLOYEE_MVD, { viewport: PHONE });
  await page.goto(portalUrl('/workspace'));
  await expectHeading(page, 'Очередь заявлений');
  await queueTable(page).getByRole('link', { name: application.number }).waitFor();
  // Only the table scrolls sideways (in its own focusable region), never the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'workspace-queue-phone');
  await page.context().close();
});

it('GIBDD takes an appeal for review and dismisses it', async () => {
  const appellant = await loginAs(url, SANDBOX_CITIZEN);
  const fines = await graphql(url, '{ me { fines(first: 20, status: [UNPAID]) { edges { node { id uin } } } } }', {}, { token: appellant.token });
  const fine = fines.data?.me.fines.edges[0]?.node as { id: string; uin: string } | undefined;
  if (!fine) throw new Error(`the sandbox citizen has no unpaid fine to appeal: ${JSON.stringify(fines.errors ?? fines.data)}`);
  const text = `Камера ошиблась, проверка ${randomInt(100_000, 999_999)}`;
  const appealed = await graphql(url, 'mutation ($input: AppealFineInput!) { appealFine(input: $input) { appeal { id } userErrors { code message } } }', { input: { fineId: fine.id, text } }, { token: appellant.token });
  expect(appealed.data?.appealFine.userErrors).toEqual([]);

  const page = await employeePage(EMPLOYEE_GIBDD);
  await page.goto(portalUrl('/workspace/appeals'));
  await expectHeading(page, 'Жалобы на штрафы');
  const card = page.getByRole('article').filter({ hasText: text });
  await card.getByRole('heading', { name: `Жалоба по штрафу УИН ${fine.uin}` }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await card.getByRole('button', { name: 'Взять на рассмотрение' }).click();
  await status(page, 'Готово: статус жалобы — На рассмотрении');
  await card.getByRole('button', { name: 'Вынести решение' }).click();
  await card.getByRole('alert').filter({ hasText: 'Заполните поле' }).waitFor();
  await card.getByRole('radio', { name: 'Отклонить (штраф снова к оплате)' }).check();
  await card.getByLabel('Обоснование (увидит заявитель)').fill('Нарушение зафиксировано сертифицированной камерой');
  await card.getByRole('button', { name: 'Вынести решение' }).click();
  await status(page, 'Готово: статус жалобы — Отклонена');
  await card.waitFor({ state: 'detached' });
  await page.context().close();
});

it('MINPROS offers a kindergarten place to the first in a group’s queue and looks at first-grade applications', async () => {
  // A child of four on the desired start: the middle group of kindergarten No. 2127, which has free places.
  const parent = await registerCitizen(url);
  const birthDate = `2023-0${randomInt(1, 8)}-${randomInt(10, 28)}`;
  const child = await graphql(
    url,
    'mutation ($input: AddChildInput!) { addChild(input: $input) { child { id } userErrors { code message } } }',
    { input: { lastName: 'Проверкин', firstName: 'Маша', birthDate, sex: 'FEMALE', birthCertificate: { series: 'I-МЮ', number: String(randomInt(100000, 999999)), issueDate: birthDate } } },
    { token: parent.token },
  );
  expect(child.data?.addChild.userErrors).toEqual([]);
  const applied = await graphql(
    url,
    'mutation ($input: ApplyForKindergartenInput!) { applyForKindergarten(input: $input) { userErrors { code message } } }',
    { input: { childId: child.data?.addChild.child.id, kindergartenIds: [KINDERGARTEN_2127], desiredStartDate: '2027-09-01' } },
    { token: parent.token },
  );
  expect(applied.data?.applyForKindergarten.userErrors).toEqual([]);

  const page = await employeePage(EMPLOYEE_MINPROS);
  await page.goto(portalUrl('/workspace/education'));
  await expectHeading(page, 'Детские сады и школы');
  const kindergartens = page.getByRole('region', { name: 'Очереди в детские сады' });
  await chooseOption(kindergartens.getByLabel('Детский сад'), '№ 2127');
  await chooseOption(kindergartens.getByLabel('Группа'), 'Средняя группа');
  const shownBirthDate = birthDate.split('-').reverse().join('.');
  const row = kindergartens.getByRole('table', { name: /^Очередь группы «Средняя группа/ }).getByRole('row').filter({ hasText: shownBirthDate });
  await row.getByRole('rowheader', { name: '1' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await row.getByRole('button', { name: 'Предложить место заявлению 1' }).click();
  await status(page, /^Место предложено; ответ ожидается до /);
  const offered = await graphql(url, '{ me { kindergartenApplications { edges { node { status } } } } }', {}, { token: parent.token });
  expect(offered.data?.me.kindergartenApplications.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['OFFERED']);

  // First grade: the school's applications waiting for a decision (the spring campaign's).
  const schools = page.getByRole('region', { name: 'Запись в первый класс' });
  await chooseOption(schools.getByLabel('Школа'), '№ 1231');
  await schools.getByRole('table', { name: /^Заявления в первый класс: \d+$/ }).or(schools.getByText('Заявлений нет', { exact: true })).first().waitFor();
  await schools.getByLabel('Статус заявлений').selectOption('ENROLLED');
  await schools.getByRole('table', { name: /^Заявления в первый класс: \d+$/ }).or(schools.getByText('Заявлений нет', { exact: true })).first().waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.context().close();
});

it('the statistics show processing time, overdue share and volume by service, with tables (in English)', async () => {
  const page = await employeePage(EMPLOYEE_MVD, { locale: 'en' });
  await page.goto(portalUrl('/workspace/stats'));
  await expectHeading(page, 'Department statistics');
  await page.getByRole('region', { name: 'Department totals' }).getByText('Submitted in all').waitFor();
  for (const title of ['Applications by service', 'Average processing time by service, hours', 'Share overdue by service, %']) {
    const chart = page.getByRole('figure', { name: title });
    await chart.getByRole('listitem').first().waitFor();
    await chart.getByText('Show as a table').click();
    const table = chart.getByRole('table', { name: title });
    await table.waitFor();
    expect(await table.getByRole('rowheader').count()).toBe(await chart.getByRole('listitem').count());
  }
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'workspace-stats-desktop');
  await page.context().close();
});
