import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CITIZEN_2 } from '../support/demo-accounts';
import { expectHeading, launchBrowser, newContext, portalUrl, seriousAccessibilityViolations, signIn } from '../support/browser';

/*
 * Booking a doctor in the portal: specialty → clinic → a doctor's free time → booked; the
 * appointment in «Мои записи» with its .ics calendar entry, moved to another time, cancelled.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('books, downloads the calendar entry, reschedules and cancels', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, CITIZEN_2);
  await page.goto(portalUrl('/doctors'));
  await expectHeading(page, 'Запись к врачу');

  const specialty = page.getByLabel('Специальность');
  await specialty.locator('option', { hasText: 'Терапевт' }).first().waitFor({ state: 'attached' });
  // The clinic list becomes those with a general practitioner: wait for it, then pick the first.
  const clinicsLoaded = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('DoctorsSpecialties') === true);
  await specialty.selectOption({ label: 'Терапевт' });
  await clinicsLoaded;
  const clinic = page.getByLabel('Поликлиника');
  await clinic.locator('option').nth(1).waitFor({ state: 'attached' });
  await clinic.selectOption({ index: 1 });
  const book = page.getByRole('button', { name: /^Записаться на / }).first();
  await book.waitFor({ timeout: 15_000 });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await book.click();
  await page.getByRole('status').filter({ hasText: /Вы записаны на/ }).waitFor();

  const mine = page.getByRole('region', { name: 'Мои записи' });
  await mine.getByRole('button', { name: 'Отменить запись' }).waitFor();
  const download = page.waitForEvent('download');
  await mine.getByRole('button', { name: /календарь/ }).click();
  const ics = await (await download).path();
  expect(ics).toBeTruthy();
  expect(readFileSync(ics as string, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);

  await mine.getByRole('button', { name: /^Перенести на / }).first().click();
  await page.getByRole('status').filter({ hasText: /Запись перенесена на/ }).waitFor();
  await mine.getByRole('button', { name: 'Отменить запись' }).click();
  await page.getByRole('status').filter({ hasText: 'Запись отменена' }).waitFor();
  await mine.getByText('Предстоящих записей нет').waitFor();
  await context.close();
});
