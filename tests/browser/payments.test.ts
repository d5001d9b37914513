import { generateUin } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registerCitizen } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';
import { DESKTOP, expectHeading, launchBrowser, newContext, PHONE, portalUrl, screenshot, seriousAccessibilityViolations, signIn } from '../support/browser';

/*
 * Fines and taxes in the portal: the details of each, a declined test card announced with the
 * bank's reason, the invoice left unpaid and paid later with a good card, its receipt opened; two fines paid
 * with one invoice; both taxes paid in English on a phone. Paid items leave the list of dues.
 */

const DAY_MS = 86_400_000;
const GOOD_CARD = '4000 0000 0000 0002';
const DECLINED_CARD = '4000 0000 0000 0069';

interface IssuedFine {
  uin: string;
  place: string;
}

/**
 * Fines and taxes come from GIBDD's and FNS's own systems: the graph has no mutation that issues
 * one, and only the demo accounts are seeded with them (other scenarios pay those). So a person of
 * the test's own gets theirs the way the departments' feeds deliver them: as rows of taxes-fines.
 */
async function issueFinesAndTaxes(ownerId: string): Promise<{ fines: IssuedFine[]; taxes: string[] }> {
  const url = process.env.ECO_DATABASE_URL;
  if (!url) throw new Error('ECO_DATABASE_URL is not set');
  const db = new Client({ connectionString: url });
  await db.connect();
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS).toISOString().slice(0, 10);
  const tag = ownerId.slice(0, 8);
  const fines: IssuedFine[] = [
    { uin: generateUin('18810177'), place: `г. Москва, Ленинградский пр-т, д. 37 (${tag}-1)` },
    { uin: generateUin('18810177'), place: `МКАД, 41 км (${tag}-2)` },
    { uin: generateUin('18810177'), place: `г. Москва, ул. Арбат, д. 10 (${tag}-3)` },
  ];
  const period = new Date().getUTCFullYear() - 1;
  const taxes = [generateUin('18200000'), generateUin('18200000')];
  try {
    for (const [index, fine] of fines.entries()) {
      // Decided 5 days ago: the 50 % discount holds; in force 10 days after the decision, 60 days to pay.
      await db.query(
        `INSERT INTO taxes_fines.fine (id, uin, owner_id, article, part, offence_at, offence_place, vehicle_plate, decision_date, entry_into_force_date, payment_due_date, amount_kopecks, updated_at)
         VALUES ($1, $2, $3, '12.9', '2', $4, $5, 'А123ВС77', $6, $7, $8, $9, now())`,
        [randomUUID(), fine.uin, ownerId, new Date(Date.now() - 7 * DAY_MS), fine.place, day(5), day(-5), day(-65), (index + 5) * 10_000],
      );
    }
    await db.query(
      `INSERT INTO taxes_fines.tax_accrual (id, uin, owner_id, type, object, period, tax_base, rate, amount_kopecks, due_date)
       VALUES ($1, $2, $3, 'TRANSPORT', 'Lada Vesta, А123ВС77, 106 л.с.', $4, 106, 25, 265000, $5),
              ($6, $7, $3, 'PROPERTY', 'Квартира, кадастровый номер 77:01:0004012:5678', $4, 3500000, 0.1, 350000, $5)`,
      [randomUUID(), taxes[0], ownerId, period, `${period + 1}-12-01`, randomUUID(), taxes[1]],
    );
  } finally {
    await db.end();
  }
  return { fines, taxes };
}

/** Ticks a due item by its label, as a person does. */
const tick = (page: Page, label: string | RegExp) => page.getByRole('checkbox', { name: label }).check();

/** Pays the open card form with a test card picked from the sandbox list. */
async function payWith(page: Page, card: string, names: { testCards: RegExp; use: string; expiry: RegExp; cvc: RegExp; pay: RegExp }): Promise<void> {
  const details = page.locator('details').filter({ has: page.getByText(names.testCards) });
  if (!(await details.evaluate((element) => (element as unknown as { open: boolean }).open))) await details.locator('summary').click();
  await page.getByRole('button', { name: `${names.use} ${card}` }).click();
  await page.getByLabel(names.expiry).fill('12/30');
  await page.getByLabel(names.cvc).fill('123');
  await page.getByRole('button', { name: names.pay }).click();
}

const RU = { testCards: /^Тестовые карты/, use: 'Подставить карту', expiry: /^Срок действия/, cvc: /^CVC/, pay: /^Оплатить \d/ };
const EN = { testCards: /^Test cards/, use: 'Use card', expiry: /^Expiry/, cvc: /^CVC/, pay: /^Pay .*\d\.\d\d$/ };

/** Reloads until the item is no longer due: taxes-fines learns of the payment from its event. */
async function expectGoneAfterReload(page: Page, name: string | RegExp): Promise<void> {
  const until = Date.now() + 20_000;
  for (;;) {
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    if ((await page.getByRole('checkbox', { name }).count()) === 0) return;
    if (Date.now() > until) throw new Error(`${name} is still due after the payment`);
    await page.waitForTimeout(500);
  }
}

let browser: Browser;
let person: { userId: string; email: string };
let issued: { fines: IssuedFine[]; taxes: string[] };
beforeAll(async () => {
  browser = await launchBrowser();
  person = await registerCitizen(gatewayUrl());
  issued = await issueFinesAndTaxes(person.userId);
});
afterAll(async () => {
  await browser?.close();
});

describe('fines and taxes', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('shows each fine in full, announces a declined card, then pays with a good one and opens the receipt; two fines go in one invoice', async () => {
    context = await newContext(browser, { viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, person.email);
    await page.goto(portalUrl('/payments'));
    await expectHeading(page, 'Штрафы и налоги');

    const [first, second, third] = issued.fines;
    const firstItem = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: `Постановление ${first.uin}` }) });
    await firstItem.waitFor();
    for (const text of ['ч. 2 ст. 12.9 КоАП РФ', first.place, 'А123ВС77', '500,00', '250,00', 'действует ещё']) await firstItem.getByText(text, { exact: false }).first().waitFor();
    const taxItem = page.getByRole('listitem').filter({ hasText: issued.taxes[0] });
    for (const text of [/^Транспортный налог за/, 'Lada Vesta, А123ВС77, 106 л.с.', /2\s650,00/, /^01\.12\.\d{4}/]) await taxItem.getByText(text).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'payments-desktop');

    // A fine and a tax never share an invoice: ticking a tax unticks the fines.
    await tick(page, `Постановление ${first.uin}`);
    await page.getByRole('checkbox', { name: /^Транспортный налог за/ }).check();
    expect(await page.getByRole('checkbox', { name: `Постановление ${first.uin}` }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /^Транспортный налог за/ }).uncheck();

    // One fine: the bank declines the first card; the refusal is the API's, and nothing is paid.
    await tick(page, `Постановление ${first.uin}`);
    await page.getByText('Выбрано: 1, сумма 250,00', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Перейти к оплате' }).click();
    await page.getByRole('button', { name: /^Оплатить 250,00/ }).waitFor();
    await payWith(page, DECLINED_CARD, RU);
    await page.getByRole('alert').filter({ hasText: 'Платёж не прошёл: Банк отклонил платёж' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Put off: the fine stays due, on its unpaid invoice (the API allows no second one), which is paid later.
    const invoiceUin = ((await page.getByText(/^Счёт УИН \d+:/).textContent()) ?? '').match(/УИН (\d+)/)?.[1];
    await page.getByRole('button', { name: 'Отмена' }).click();
    await firstItem.getByText(`Уже включено в счёт УИН ${invoiceUin}, который ждёт оплаты`).waitFor();
    await page.getByRole('button', { name: `Оплатить счёт УИН ${invoiceUin}` }).click();
    await payWith(page, GOOD_CARD, RU);
    await page.getByRole('status').filter({ hasText: /Оплачено 250,00.*•••• 0002/ }).waitFor();
    const receiptNumber = ((await page.getByText(/^Квитанция № /).textContent()) ?? '').match(/№ (\S+)/)?.[1];
    expect(receiptNumber).toMatch(/^\d{4}-\d+$/);
    const receiptTab = context.waitForEvent('page');
    await page.getByRole('link', { name: /Открыть квитанцию/ }).click();
    const receipt = await receiptTab;
    await receipt.waitForURL(/^blob:/);
    await receipt.getByText(receiptNumber!, { exact: false }).first().waitFor();
    await receipt.close();
    // Paid: it leaves the list at once, and stays gone once taxes-fines has the payment.
    expect(await page.getByRole('checkbox', { name: `Постановление ${first.uin}` }).count()).toBe(0);
    await page.getByRole('button', { name: 'Готово' }).click();
    await expectGoneAfterReload(page, `Постановление ${first.uin}`);

    // Two fines at once: one invoice for both, one payment.
    await tick(page, `Постановление ${second.uin}`);
    await tick(page, `Постановление ${third.uin}`);
    await page.getByText('Выбрано: 2, сумма 650,00', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Перейти к оплате' }).click();
    await page.getByText(new RegExp(`Оплата штрафов \\(УИН (${second.uin}, ${third.uin}|${third.uin}, ${second.uin})\\)`)).waitFor();
    await payWith(page, GOOD_CARD, RU);
    await page.getByRole('status').filter({ hasText: /Оплачено 650,00/ }).waitFor();
    await page.getByRole('button', { name: 'Готово' }).click();
    await expectGoneAfterReload(page, /^Постановление /);
    await page.getByText('Неоплаченных штрафов нет').waitFor();
  });

  it('pays both taxes with one invoice, in English on a phone', async () => {
    context = await newContext(browser, { locale: 'en', viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, person.email);
    await page.goto(portalUrl('/payments'));
    await expectHeading(page, 'Fines and taxes');
    await page.getByRole('checkbox', { name: /^Transport tax for / }).check();
    await page.getByRole('checkbox', { name: /^Personal property tax for / }).check();
    await page.getByText('Selected: 2, total', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'payments-phone');

    // A card number with a typo never reaches the bank.
    await page.getByRole('button', { name: 'Go to payment' }).click();
    await page.getByLabel(/^Card number/).fill('4000 0000 0000 0001');
    await page.getByLabel(/^Expiry/).fill('12/30');
    await page.getByLabel(/^CVC/).fill('123');
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.getByRole('alert').filter({ hasText: 'The card number has a mistake' }).waitFor();

    await payWith(page, GOOD_CARD, EN);
    await page.getByRole('status').filter({ hasText: /^✓ ?Paid / }).waitFor();
    await page.getByText(/^Receipt No\. /).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();
    await expectGoneAfterReload(page, /tax for /);
    await page.getByText('No unpaid taxes').waitFor();
  });
});
