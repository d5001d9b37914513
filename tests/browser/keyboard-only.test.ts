import type { Page } from 'playwright-core';
import { CITIZEN, DEMO_PASSWORD } from '../support/demo-accounts';
import { browserForThisFile, expectHeading, newContext, portalUrl, seriousAccessibilityViolations } from '../support/browser';

/*
 * One journey with the keyboard only: sign in, reach the fines page through the menu, and pick a
 * fine to pay — Tab, typing and Enter/Space, never the mouse; each focused control shows a
 * visible focus outline.
 */

const browser = browserForThisFile();

/** What has the keyboard focus: its accessible-ish name and whether a focus outline is drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string | null; labels?: { textContent: string | null }[]; getAttribute(name: string): string | null } | null } }).document.activeElement;
    const style = element ? (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }).getComputedStyle(element) : null;
    const label = element?.labels?.[0]?.textContent ?? element?.getAttribute('aria-label') ?? element?.textContent ?? '';
    return { tag: element?.tagName ?? '', name: label.trim(), outlined: style !== null && style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
  });

/** Presses Tab until the focus is on a control whose name matches (at most 40 presses). */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (name.test(now.name)) {
      expect(now.outlined).toBe(true);
      return;
    }
  }
  throw new Error(`no focusable control named ${name} within 40 Tabs`);
}

it('signs in and reaches the fines page with the keyboard alone, focus always visible', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto(portalUrl('/signin'));
  await expectHeading(page, 'Вход');

  await tabTo(page, /Перейти к содержанию/);
  await tabTo(page, /Почта, телефон, СНИЛС или ИНН/);
  await page.keyboard.type(CITIZEN);
  await tabTo(page, /^Пароль$/);
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Здравствуйте, Иван Иванович');

  await tabTo(page, /^Штрафы и налоги$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/payments$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await tabTo(page, /18810177\d+/);
  await page.keyboard.press('Space');
  expect(await page.getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await context.close();
});
