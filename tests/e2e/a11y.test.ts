import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations, checkAccessibility, type AxeReport } from './support/axe';
import { launchWithExtension, openPopup, visit, waitForBadge, type ExtensionBrowser } from './support/browser';
import { ALDAR, ARTICLE, MAGHRESS, ORIGINAL, SOURCE_LINK, aldarOriginal, maghressPage } from './support/maghress-site';
import { SiteServer } from './support/server';
import { shadowHtml } from './support/shadow';

// axe-core on every page of Upstream's own, in light and dark mode: the popup on a verified
// copy and on a page that republishes nothing, the options (reports) page, the report window.
const ARTIFACTS = resolve(__dirname, '../.artifacts');
const HOME = `http://${MAGHRESS}/fr`;
// The article's photo (its address in the fixture); the extension's icon stands in for it.
const PHOTO = 'http://images2.maghress.com/aldar/6010203/photo';

const server = new SiteServer()
  .page(MAGHRESS, new URL(ARTICLE).pathname, maghressPage(SOURCE_LINK))
  .page(MAGHRESS, '/fr', readFileSync(resolve(__dirname, '../fixtures/ress-family/fr-home/source.html')))
  .redirect(ALDAR, new URL(SOURCE_LINK).pathname, ORIGINAL)
  .page(ALDAR, new URL(ORIGINAL).pathname, aldarOriginal())
  .route(new URL(PHOTO).host, new URL(PHOTO).pathname, (_, response) => {
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    response.end(readFileSync(resolve(__dirname, '../../public/icon/128.png')));
  });

const summary: Record<string, { light: AxeReport; dark: AxeReport }> = {};
let browser: ExtensionBrowser;

/** Checks `page` in light and dark mode, records both, and fails on serious or critical violations. */
async function audit(name: string, page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await checkAccessibility(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await checkAccessibility(page);
  summary[name] = { light, dark };
  expect(light.passes, `axe checked nothing on ${name}`).toBeGreaterThan(0);
  expect(blockingViolations(light), `${name}, light mode`).toEqual([]);
  expect(blockingViolations(dark), `${name}, dark mode`).toEqual([]);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await server.listen(80);
  browser = await launchWithExtension();
});

afterAll(async () => {
  // Per page and colour scheme: the count of violations by impact, then each violation.
  writeFileSync(join(ARTIFACTS, 'axe.json'), `${JSON.stringify(summary, null, 2)}\n`);
  await browser?.close();
  await server.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA and best practices)', () => {
  let articleTab: number;

  it('the popup on a verified copy, with its images', async () => {
    articleTab = await visit(browser, ARTICLE);
    expect(await waitForBadge(browser, articleTab)).toBe('↗');
    const popup = await openPopup(browser, articleTab);
    await popup.waitForSelector('body[data-images-ready="1"]', { timeout: 30_000 });
    expect(await popup.getAttribute('body', 'data-state')).toBe('verified');
    await audit('popup: Maghress article (verified)', popup);
    await popup.close();
  });

  it('the popup on a page that republishes nothing', async () => {
    const tabId = await visit(browser, HOME);
    const popup = await openPopup(browser, tabId);
    await popup.waitForSelector('body[data-images-ready="1"]', { timeout: 30_000 });
    expect(await popup.getAttribute('body', 'data-state')).toBe('not-republished');
    await audit('popup: not republished', popup);
    await popup.close();
  });

  it('the report window, before and after a report', async () => {
    const window = await browser.context.newPage();
    await window.goto(`chrome-extension://${browser.extensionId}/report.html?tabId=${articleTab}&image=${encodeURIComponent(PHOTO)}`);
    await window.getByRole('radio', { name: 'Out of context or old' }).waitFor();
    await audit('report window: form', window);
    await window.emulateMedia({ colorScheme: 'light' });
    await window.getByRole('radio', { name: 'Out of context or old' }).check();
    await window.getByRole('button', { name: 'Send report' }).click();
    await window.getByRole('button', { name: 'Undo report' }).waitFor();
    await audit('report window: reported', window);
    await window.close();
  });

  // axe cannot enter a closed shadow root: the banner's and the cover's markup and styles are
  // read through the DevTools protocol and checked on a page of their own.
  it('the in-page banner and the cover of a reported image', async () => {
    const article = browser.context.pages().find((page) => page.url() === ARTICLE);
    if (!article) throw new Error('the article tab is gone');
    for (const [name, attribute] of [['banner', 'data-upstream-banner'], ['cover', 'data-upstream-cover']] as const) {
      await expect.poll(() => shadowHtml(article, attribute), { timeout: 15_000 }).not.toBeNull();
      const markup = (await shadowHtml(article, attribute)) ?? '';
      const page = await browser.context.newPage();
      await page.setContent(`<!doctype html><html lang="en"><head><title>${name}</title></head><body><main><h1>Article</h1><div ${attribute}>${markup}</div></main></body></html>`);
      await audit(`page: ${name}`, page);
      await page.close();
    }
  });

  it('the options page, listing the report', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('table.reports tbody tr');
    await audit('options: reports', options);
    await options.close();
  });
});
