import { CITIZEN, EMPLOYEE_MVD } from '../support/demo-accounts';
import { browserForThisFile, DESKTOP, expectHeading, newContext, PHONE, portalUrl, screenshot, seriousAccessibilityViolations, signIn } from '../support/browser';

/*
 * The portal on the gateway's origin, in Debian's Chromium: signing in, the session kept in an
 * HttpOnly cookie no script can read (the access token only in memory), a reload resuming it,
 * signing out ending it; each page checked with axe-core.
 */

const browser = browserForThisFile();

describe('the portal: signing in and the browser session', () => {
  it('serves the app on the gateway origin and sends a signed-out visitor to sign in', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const response = await page.goto(portalUrl('/'));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForURL(/\/signin$/);
    await expectHeading(page, 'Вход');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // A deep link of the app loads it; a file that does not exist, or an API client's request, does not.
    expect((await page.request.get(portalUrl('/applications/123'), { headers: { accept: 'text/html' } })).status()).toBe(200);
    expect((await page.request.get(portalUrl('/schema/supergraph.graphql'), { headers: { accept: 'text/html' } })).status()).toBe(404);
    expect((await page.request.get(portalUrl('/applications/123'), { headers: { accept: '*/*' } })).status()).toBe(404);
    await screenshot(page, 'sign-in-desktop');
    await context.close();
  });

  it('signs a citizen in, keeps the refresh token out of reach of scripts, resumes after a reload, signs out', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signIn(page, CITIZEN);
    await expectHeading(page, 'Здравствуйте, Иван Иванович');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'eco_refresh')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/session' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('eco_refresh');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(/eyJ/);

    await page.reload();
    await expectHeading(page, 'Здравствуйте, Иван Иванович');

    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL(/\/signin$/);
    expect((await context.cookies()).find((cookie) => cookie.name === 'eco_refresh')).toBeUndefined();
    await page.goto(portalUrl('/'));
    await page.waitForURL(/\/signin$/);
    await context.close();
  });

  it('shows the API’s message for a wrong password, announced', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(portalUrl('/signin'));
    await page.getByLabel('Почта, телефон, СНИЛС или ИНН').fill(CITIZEN);
    await page.getByLabel('Пароль').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/пароль/i);
    expect(page.url()).toMatch(/\/signin$/);
    await context.close();
  });

  it('works in English and at 360 px, and sends an employee to the workspace', async () => {
    const context = await newContext(browser(), { locale: 'en', viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, CITIZEN);
    await expectHeading(page, 'Hello, Иван Иванович');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();

    const employee = await newContext(browser(), { viewport: DESKTOP });
    const workspace = await employee.newPage();
    await signIn(workspace, EMPLOYEE_MVD);
    // "/" sends an employee on to the queue.
    await workspace.waitForURL((url) => url.pathname === '/workspace');
    await employee.close();
  });
});
