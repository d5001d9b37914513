// The portal as a phone or a desktop loads it: the production bundle's initial size (what the
// first page must download before it runs, gzip) against the 200 KB target, and the time until
// the citizen's home page is interactive (its heading shown with the data) in headless Chromium
// over loopback, a signed-in session resumed from its cookie as on a return visit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const DIST = new URL('../clients/web/dist/', import.meta.url).pathname;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The scripts and styles index.html loads before anything renders (entry + modulepreloads + CSS). */
export function initialBundle() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  const sizes = files.map((file) => {
    const bytes = readFileSync(path.join(DIST, file));
    return { file, kind: file.endsWith('.js') ? 'js' : 'css', raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (kind, key) => sizes.filter((s) => s.kind === kind).reduce((total, s) => total + s[key], 0);
  return { files: sizes, jsRaw: sum('js', 'raw'), jsGzip: sum('js', 'gzip'), cssGzip: sum('css', 'gzip') };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchPortal(gatewayUrl, rounds = 10) {
  const origin = new URL(gatewayUrl).origin;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/signin`);
    await page.getByLabel('Почта, телефон, СНИЛС или ИНН').fill('citizen@demo.gosuslugi.local');
    await page.getByLabel('Пароль').fill('Demo-Password1!');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('heading', { level: 1, name: /Здравствуйте/ }).waitFor();
    const interactive = [];
    const domInteractive = [];
    for (let i = 0; i < rounds; i++) {
      const started = Date.now();
      await page.goto(`${origin}/`);
      await page.getByRole('heading', { level: 1, name: /Здравствуйте/ }).waitFor();
      interactive.push(Date.now() - started);
      domInteractive.push(await page.evaluate(() => Math.round(performance.getEntriesByType('navigation')[0].domInteractive)));
    }
    return { rounds, homeInteractiveMs: median(interactive), homeInteractiveMaxMs: Math.max(...interactive), domInteractiveMs: median(domInteractive) };
  } finally {
    await browser.close();
  }
}
