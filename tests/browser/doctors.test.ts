import { readFileSync } from 'node:fs';
import { registerCitizen } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';
import { browserForThisFile, expectHeading, newContext, portalUrl, seriousAccessibilityViolations, signIn } from '../support/browser';

/*
 * Booking a doctor in the portal: specialty → clinic → a doctor's free time → booked; the
 * appointment in «Мои записи» with its .ics calendar entry, moved to another time, cancelled.
 */

const browser = browserForThisFile();

it('books, downloads the calendar entry, reschedules and cancels', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  // A person of their own: one active appointment per specialty, and other scenarios book too.
  const person = await registerCitizen(gatewayUrl());
  await signIn(page, person.email);
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
  const booked = page.getByRole('status').filter({ hasText: /Вы записаны на/ });
  await booked.waitFor();
  const bookedTime = ((await booked.textContent()) ?? '').replace('Вы записаны на ', '').trim();

  // Found by its time, as a person finds it in the list.
  const mine = page.getByRole('region', { name: 'Мои записи' });
  const ours = mine.getByRole('listitem').filter({ hasText: bookedTime });
  await ours.getByRole('button', { name: 'Отменить запись' }).waitFor();
  const download = page.waitForEvent('download');
  await ours.getByRole('button', { name: /календарь/ }).click();
  const ics = await (await download).path();
  expect(readFileSync(ics as string, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);

  await ours.getByRole('button', { name: /^Перенести на / }).first().click();
  const moved = page.getByRole('status').filter({ hasText: /Запись перенесена на/ });
  await moved.waitFor();
  const movedTime = ((await moved.textContent()) ?? '').replace('Запись перенесена на ', '').trim();
  const movedItem = mine.getByRole('listitem').filter({ hasText: movedTime });
  await movedItem.getByRole('button', { name: 'Отменить запись' }).click();
  await page.getByRole('status').filter({ hasText: 'Запись отменена' }).waitFor();
  await movedItem.waitFor({ state: 'detached' });
  await context.close();
});
