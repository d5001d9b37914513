import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './demo-accounts';
import { gatewayUrl } from './graphql-client';

/** Debian's Chromium (.ci/run installs it), headless, never reaching outside hosts. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });

/** One browser for the test file that calls this (at its top level), closed after its last test. */
export function browserForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll: call browser() inside a test');
    return browser;
  };
}

/** The portal's origin: the gateway serves it beside the API. */
export const portalUrl = (path = '/') => new URL(path, gatewayUrl()).toString();

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export async function newContext(browser: Browser, options: { locale?: 'ru' | 'en'; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: options.locale === 'en' ? 'en-GB' : 'ru-RU' });
  if (options.locale === 'en') await context.addInitScript(() => localStorage.setItem('eco.locale', 'en'));
  return context;
}

/** Signs in through the portal's form, as a person does. */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(portalUrl('/signin'));
  await page.getByLabel(/Почта, телефон|Email, phone/).fill(login);
  await page.getByLabel(/^Пароль$|^Password$/).fill(password);
  await page.getByRole('button', { name: /^Войти$|^Sign in$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is now (WCAG 2.1 A and AA): the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  // Evaluated through DevTools, not as a <script>: the portal's CSP rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

/** A screenshot for docs/screenshots (linked from the README), made as the tests pass by. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.resolve(__dirname, '../../docs/screenshots', `${name}.png`), fullPage: true });
}

/** Waits for the page's main heading to read `name` (pages render after their data arrives). */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}
