import { freePort, startServiceProcess, subgraphMain, type ServiceProcess } from '@eco/stack';
import { randomBytes, randomInt } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { DESKTOP, expectHeading, launchBrowser, newContext, PHONE, screenshot, seriousAccessibilityViolations } from '../support/browser';
import { CITIZEN, DEMO_PASSWORD, EMPLOYEE_MINPROS, loginAs, registerCitizen } from '../support/demo-accounts';
import { startExtraGateway, type ExtraGateway } from '../support/extra-gateway';
import { graphql, subgraphUrl } from '../support/graphql-client';
import { STACK_START_TIMEOUT_MS } from '../support/test-stack';

/*
 * The citizen's kindergarten and first-grade journey in the portal, and the citizen's home.
 *
 * The first-grade campaign opens on 1 April, so the journey runs against an education process of
 * its own whose clock starts on 1 April 2027 (EDUCATION_CLOCK, refused in production), in its own
 * PostgreSQL schema, behind a gateway of its own that serves the same portal; every other
 * subgraph is the shared stack's. Its queues hold only the seed and what this scenario files.
 */
const CLOCK = '2027-04-01T10:00:00.000+03:00';
const KINDERGARTEN_1417 = '№ 1417 — Детский сад № 1417 «Полиглот», Пресненский';
const SCHOOL_1231 = '№ 1231 — ГБОУ «Школа № 1231 имени В. Д. Поленова», Арбат';
const START = '2027-09-01';

let browser: Browser;
let education: ServiceProcess;
let gateway: ExtraGateway;
/** The clocked gateway's origin (API and portal). */
let origin: string;
let url: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const port = await freePort();
  education = await startServiceProcess({
    name: 'education-clocked-portal',
    script: subgraphMain('education'),
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: process.env.ECO_DATABASE_URL,
      DB_SCHEMA: `education_portal_${randomBytes(4).toString('hex')}`,
      SEED_DEMO_DATA: 'true',
      EDUCATION_CLOCK: CLOCK,
      SUBGRAPH_IDENTITY_URL: subgraphUrl('identity'),
    },
    readyUrl: `http://localhost:${port}/readyz`,
    onLine: () => undefined,
  });
  // Its own Redis key prefix keeps live events of other stacks on the same Redis apart.
  gateway = await startExtraGateway({
    SUBGRAPH_EDUCATION_URL: `http://localhost:${port}/graphql`,
    REDIS_KEY_PREFIX: `eco-edu-${randomBytes(4).toString('hex')}`,
  });
  url = gateway.url;
  origin = new URL(url).origin;
}, STACK_START_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await gateway?.process.stop();
  await education?.stop();
});

const at = (path: string) => new URL(path, origin).toString();

async function signInAt(page: Page, login: string): Promise<void> {
  await page.goto(at('/signin'));
  await page.getByLabel(/Почта, телефон|Email, phone/).fill(login);
  await page.getByLabel(/^Пароль$|^Password$/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^Войти$|^Sign in$/ }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/signin'));
}

async function addChild(token: string, firstName: string, birthDate: string): Promise<string> {
  const response = await graphql(
    url,
    'mutation ($input: AddChildInput!) { addChild(input: $input) { child { id } userErrors { code message } } }',
    { input: { lastName: 'Проверкин', firstName, birthDate, sex: 'MALE', birthCertificate: { series: 'I-МЮ', number: String(randomInt(100000, 999999)), issueDate: birthDate } } },
    { token },
  );
  expect(response.data?.addChild.userErrors).toEqual([]);
  return response.data?.addChild.child.id;
}

/** Picks the option whose text contains `text` (a child is named with the birth date). */
async function choose(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

async function applyForKindergarten(page: Page, child: string, date: string, names = { form: 'Заявление в детский сад', child: 'Ребёнок', choice: 'Детский сад, 1-й выбор', date: 'Желаемая дата зачисления', submit: 'Встать в очередь' }) {
  const form = page.getByRole('form', { name: names.form });
  await choose(form.getByLabel(names.child), child);
  await form.getByLabel(names.choice).selectOption({ label: KINDERGARTEN_1417 });
  await form.getByLabel(names.date).fill(date);
  await form.getByRole('button', { name: names.submit }).click();
}

const kindergartenApplicationOf = async (token: string, child: string, status: string) => {
  const response = await graphql(url, '{ me { kindergartenApplications { edges { node { id status child { firstName } } } } } }', {}, { token });
  const edges = response.data?.me.kindergartenApplications.edges as { node: { id: string; status: string; child: { firstName: string } } }[];
  return edges.map((edge) => edge.node).find((node) => node.child.firstName === child && node.status === status)?.id as string;
};

async function offerPlace(employee: string, applicationId: string) {
  const response = await graphql(
    url,
    'mutation ($input: OfferKindergartenPlaceInput!) { offerKindergartenPlace(input: $input) { application { status } userErrors { code message } } }',
    { input: { applicationId, kindergartenId: '00000000-0000-4000-8700-000000000004' } },
    { token: employee },
  );
  expect(response.data?.offerKindergartenPlace).toEqual({ application: { status: 'OFFERED' }, userErrors: [] });
}

it('queues a child for a kindergarten, takes one offered place, declines another, applies for first grade and sees the decision', async () => {
  const person = await registerCitizen(url);
  const employee = (await loginAs(url, EMPLOYEE_MINPROS)).token;
  await addChild(person.token, 'Маша', '2023-06-10'); // 4 years 2 months on 1 September 2027
  await addChild(person.token, 'Ваня', '2024-08-20'); // 3 years
  await addChild(person.token, 'Петя', '2020-05-15'); // 7 years 3 months: school age, too old for a kindergarten start then
  const context = await newContext(browser, { viewport: DESKTOP });
  const page = await context.newPage();
  await signInAt(page, person.email);
  await page.goto(at('/education'));
  await expectHeading(page, 'Детский сад и школа');
  const queue = page.getByRole('region', { name: 'Очередь в детский сад' });
  await queue.getByText('Заявлений в детский сад нет').waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await applyForKindergarten(page, 'Маша', START);
  await page.getByRole('status').filter({ hasText: 'Заявление подано: ребёнок в очереди' }).waitFor();
  const masha = queue.getByRole('listitem').filter({ hasText: /^Маша/ });
  await masha.getByText(/Детский сад № 1417 \(Средняя группа \(4–5 лет\)\): 1-е место в очереди из 1/).waitFor();
  await masha.getByText('В очереди', { exact: true }).waitFor();

  // Refused by the API, in its own words; nothing new appears in the queue.
  await applyForKindergarten(page, 'Маша', START);
  await page.getByRole('alert').filter({ hasText: 'У ребёнка уже есть действующее заявление в детский сад' }).waitFor();
  await applyForKindergarten(page, 'Петя', START);
  await page.getByRole('alert').filter({ hasText: 'Желаемая дата зачисления должна быть до 7-летия ребёнка' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  expect(await queue.locator(':scope > ul > li').count()).toBe(1);

  // The employee offers a place: the open page shows it without a reload (live).
  await offerPlace(employee, await kindergartenApplicationOf(person.token, 'Маша', 'QUEUED'));
  await masha.getByText(/Предложено место: Детский сад № 1417 «Полиглот», Средняя группа \(4–5 лет\)\. Ответьте до/).waitFor({ timeout: 20_000 });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await masha.getByRole('button', { name: 'Принять место' }).click();
  await page.getByRole('status').filter({ hasText: 'Место принято: ребёнок зачислен' }).waitFor();
  await masha.getByText('Зачислен: Детский сад № 1417 «Полиглот», Средняя группа (4–5 лет)').waitFor();

  await applyForKindergarten(page, 'Ваня', START);
  const vanya = queue.getByRole('listitem').filter({ hasText: /^Ваня/ });
  await vanya.getByText(/1-е место в очереди из 1/).waitFor();
  await offerPlace(employee, await kindergartenApplicationOf(person.token, 'Ваня', 'QUEUED'));
  await vanya.getByRole('button', { name: 'Отказаться от места' }).click({ timeout: 20_000 });
  await page.getByRole('status').filter({ hasText: 'Вы отказались от места' }).waitFor();
  await vanya.getByText('Отказ от места', { exact: true }).waitFor();
  expect(await vanya.getByRole('button').count()).toBe(0);

  // First grade: on the school's territory, so the first window (from 1 April) is open.
  const schoolForm = page.getByRole('form', { name: 'Заявление в первый класс' });
  await choose(schoolForm.getByLabel('Ребёнок'), 'Петя');
  await schoolForm.getByLabel('Школа').selectOption({ label: SCHOOL_1231 });
  await schoolForm.getByLabel('Адрес регистрации ребёнка').fill('г. Москва, ул. Арбат, д. 20, кв. 3');
  await schoolForm.getByRole('button', { name: 'Подать заявление' }).click();
  await page.getByRole('status').filter({ hasText: 'Заявление в первый класс подано' }).waitFor();
  const enrollments = page.getByRole('region', { name: 'Запись в первый класс' });
  const petya = enrollments.getByRole('listitem').filter({ hasText: /^Петя: школа № 1231, 2027 год/ });
  await petya.getByText('Подано, ждёт решения').waitFor();
  await petya.getByText(/по месту жительства/).waitFor();
  await schoolForm.getByRole('button', { name: 'Подать заявление' }).click();
  await page.getByRole('alert').filter({ hasText: 'Заявление в первый класс для этого ребёнка на 2027 год уже подано' }).waitFor();
  await choose(schoolForm.getByLabel('Ребёнок'), 'Ваня');
  await schoolForm.getByRole('button', { name: 'Подать заявление' }).click();
  await page.getByRole('alert').filter({ hasText: 'На 1 сентября 2027 г. ребёнку должно быть от 6 лет 6 месяцев до 8 лет' }).waitFor();
  expect(await enrollments.getByRole('listitem').count()).toBe(1);

  // The MINPROS employee decides it in the workspace, in a browser of their own.
  const office = await newContext(browser);
  const desk = await office.newPage();
  await signInAt(desk, EMPLOYEE_MINPROS);
  await desk.goto(at('/workspace/education'));
  const schools = desk.getByRole('region', { name: 'Запись в первый класс' });
  const school = schools.getByLabel('Школа', { exact: true });
  await school.locator('option', { hasText: /^№ 1231 / }).first().waitFor({ state: 'attached' });
  await school.selectOption({ label: (await school.locator('option', { hasText: /^№ 1231 / }).first().textContent()) ?? '' });
  const row = schools.getByRole('row').filter({ hasText: 'г. Москва, ул. Арбат, д. 20, кв. 3' });
  await row.getByRole('textbox').fill('Ждём 1 сентября в 9:00');
  expect(await seriousAccessibilityViolations(desk)).toEqual([]);
  await row.getByRole('button', { name: /^Зачислить по заявлению от / }).click();
  await desk.getByRole('status').filter({ hasText: 'Решение принято: Зачислен' }).waitFor();
  await office.close();

  await page.reload();
  await petya.getByText('Зачислен', { exact: true }).waitFor();
  await petya.getByText(/Решение от .*: Ждём 1 сентября в 9:00/).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'education-desktop');

  const phone = await newContext(browser, { viewport: PHONE });
  const small = await phone.newPage();
  await signInAt(small, person.email);
  await small.goto(at('/education'));
  await expectHeading(small, 'Детский сад и школа');
  await small.getByText('Зачислен: Детский сад № 1417 «Полиглот», Средняя группа (4–5 лет)').waitFor();
  expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await seriousAccessibilityViolations(small)).toEqual([]);
  await screenshot(small, 'education-phone');
  await phone.close();
  await context.close();
});

it('in English: refusals in the API’s English, the queue position on the page and at home, withdrawing', async () => {
  const person = await registerCitizen(url);
  await addChild(person.token, 'Ваня', '2024-08-20');
  await addChild(person.token, 'Петя', '2020-05-15');
  const context = await newContext(browser, { locale: 'en' });
  const page = await context.newPage();
  await signInAt(page, person.email);
  await page.goto(at('/education'));
  await expectHeading(page, 'Kindergarten and school');
  const names = { form: 'Apply for a kindergarten place', child: 'Child', choice: 'Kindergarten, choice 1', date: 'Desired start date', submit: 'Join the queue' };
  await applyForKindergarten(page, 'Петя', START, names);
  await page.getByRole('alert').filter({ hasText: 'The desired start date must be before the child turns 7' }).waitFor();
  await applyForKindergarten(page, 'Ваня', '2027-03-01', names);
  await page.getByRole('alert').filter({ hasText: 'The desired start date is in the past' }).waitFor();
  await applyForKindergarten(page, 'Ваня', START, names);
  await page.getByRole('status').filter({ hasText: 'Application filed: the child is in the queue' }).waitFor();
  const queue = page.getByRole('region', { name: 'Kindergarten queue' });
  await queue.getByText(/Kindergarten No\. 1417 \(.+\): position \d+ of \d+ in the queue/).waitFor();
  await queue.getByRole('button', { name: 'Withdraw the application' }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await page.goto(at('/'));
  const home = page.getByRole('region', { name: 'Kindergarten' });
  await home.getByText(/kindergarten No\. 1417: position \d+ of \d+/).waitFor();
  expect(await home.getByRole('link', { name: 'Ваня' }).getAttribute('href')).toBe('/education');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await home.getByRole('link', { name: 'Ваня' }).click();
  await queue.getByRole('button', { name: 'Withdraw the application' }).click();
  await page.getByRole('status').filter({ hasText: 'The application is withdrawn' }).waitFor();
  await queue.getByText('Withdrawn', { exact: true }).waitFor();
  await context.close();
});

it('home: application statuses in words, the appointment and the queue position, each leading to its page', async () => {
  const person = await registerCitizen(url);
  const submitted = await submitApplication(url, person.token, await serviceIdByCode(url, SIMPLE_MVD_SERVICE));
  // A free time of some doctor (other scenarios book too: a random one of the first few).
  const clinics = await graphql(url, '{ clinics(first: 3) { edges { node { doctors { freeSlots(first: 5) { edges { node { id } } } } } } } }');
  const slots = (clinics.data?.clinics.edges as { node: { doctors: { freeSlots: { edges: { node: { id: string } }[] } }[] } }[]).flatMap((clinic) => clinic.node.doctors.flatMap((doctor) => doctor.freeSlots.edges.map((edge) => edge.node.id)));
  const booked = await graphql(url, 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { userErrors { code } } }', { input: { slotId: slots[randomInt(slots.length)] } }, { token: person.token });
  expect(booked.data?.bookAppointment.userErrors).toEqual([]);
  await addChild(person.token, 'Маша', '2023-06-10');

  const context = await newContext(browser);
  const page = await context.newPage();
  await signInAt(page, person.email);
  await page.goto(at('/'));
  await expectHeading(page, /^Здравствуйте, Тест/);
  const applications = page.getByRole('region', { name: 'Мои заявления' });
  const item = applications.getByRole('listitem').filter({ hasText: `№ ${submitted.number}` });
  await item.getByText('Подано', { exact: true }).waitFor();
  expect(await applications.textContent()).not.toContain('SUBMITTED');
  const appointments = page.getByRole('region', { name: 'Запись к врачу' });
  expect(await appointments.getByRole('link').first().getAttribute('href')).toBe('/doctors');
  await page.getByRole('region', { name: 'Детский сад' }).getByText('Нет заявлений в очереди').waitFor();
  await page.getByRole('region', { name: 'Штрафы и налоги к оплате' }).getByText('Нет неоплаченных штрафов и налогов').waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await context.close();
});

/** Whole Moscow days from today to `lastDay` (a calendar day), as a person counts them. */
function moscowDaysUntil(lastDay: string): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
  return Math.round((Date.parse(lastDay) - Date.parse(today)) / 86_400_000);
}

const RU_DAYS = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'день' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'дня' : 'дней');
const TAX_NAMES: Record<string, string> = { PROPERTY: 'Налог на имущество', TRANSPORT: 'Транспортный налог', LAND: 'Земельный налог' };

it('home: fines and taxes due by what they are, with the discount countdown, each leading to payment', async () => {
  // The demo citizen's seeded fines and taxes; other scenarios pay some of them, so what is
  // expected is what the API says is due now.
  const { token } = await loginAs(url, CITIZEN);
  const due = await graphql(
    url,
    '{ me { fines(first: 10, status: [UNPAID, OVERDUE]) { edges { node { uin offence status discountApplies discountLastDay } } } taxes(first: 10, status: [UNPAID, OVERDUE]) { edges { node { uin type period } } } } }',
    {},
    { token },
  );
  const fines = (due.data?.me.fines.edges as { node: { uin: string; offence: string; status: string; discountApplies: boolean; discountLastDay: string | null } }[]).map((edge) => edge.node);
  const taxes = (due.data?.me.taxes.edges as { node: { uin: string; type: string; period: number } }[]).map((edge) => edge.node);
  expect(fines.length + taxes.length).toBeGreaterThan(0);

  for (const [viewport, name] of [
    [DESKTOP, 'home-desktop'],
    [PHONE, 'home-phone'],
  ] as const) {
    const context = await newContext(browser, { viewport });
    const page = await context.newPage();
    await signInAt(page, CITIZEN);
    await page.goto(at('/'));
    await expectHeading(page, /^Здравствуйте, /);
    const card = page.getByRole('region', { name: 'Штрафы и налоги к оплате' });
    await card.getByRole('listitem').first().waitFor();
    for (const fine of fines) {
      const item = card.getByRole('listitem').filter({ has: page.getByRole('link', { name: fine.offence, exact: true }) });
      expect(await item.getByRole('link', { name: fine.offence, exact: true }).getAttribute('href')).toBe('/payments');
      if (fine.status === 'UNPAID' && fine.discountApplies && fine.discountLastDay) {
        const days = moscowDaysUntil(fine.discountLastDay);
        await item.getByText(days === 0 ? 'скидка 50 % — последний день' : `скидка 50 % ещё ${days} ${RU_DAYS(days)}`).waitFor();
      }
    }
    for (const tax of taxes) {
      const link = card.getByRole('link', { name: `${TAX_NAMES[tax.type]} за ${tax.period} год` });
      expect(await link.getAttribute('href')).toBe('/payments');
    }
    const text = (await card.textContent()) ?? '';
    for (const { uin } of [...fines, ...taxes]) expect(text).not.toContain(uin);
    // The demo citizen's daughter waits in the seeded queue.
    await page.getByRole('region', { name: 'Детский сад' }).getByText(/Алиса: детский сад № \d+ — \d+-е место из \d+/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, name);
    await context.close();
  }
});
