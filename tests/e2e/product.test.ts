import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { browser as extensionBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchWithExtension, openPopup, tabIdOf, waitForBadge, type ExtensionBrowser } from './support/browser';
import { SiteServer } from './support/server';
import { clickInShadow, shadowHtml } from './support/shadow';

// What a reader meets besides the popup: the in-page banner, "Disable on this site", privacy
// mode, "Find the original" on a link, and the Arabic interface. The seed's Maghress page and
// Aldar's original, served locally under their own names.
const ARTIFACTS = resolve(__dirname, '../.artifacts');
const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/ress-family', name, 'source.html'), 'utf8');

const MAGHRESS = 'www.maghress.com';
const ALDAR = 'www.aldar.ma';
const ARTICLE = `http://${MAGHRESS}/fr/aldar/6010203`;
const ORIGINAL_PATH = '/2023/10/30/laftit-sentretient-avec-son-homologue-allemande-145832.html';
const ORIGINAL = `http://${ALDAR}${ORIGINAL_PATH}`;

const server = new SiteServer()
  .page(MAGHRESS, '/fr/aldar/6010203', fixture('fr-aldar').replace('https://www.aldar.ma/laftit-sentretient-avec-son-homologue-allemande-145832.html', ORIGINAL))
  .page(MAGHRESS, '/fr', fixture('fr-home').replace('/fr/lopinion/36897', '/fr/aldar/6010203'))
  .page(ALDAR, ORIGINAL_PATH, readFileSync(resolve(__dirname, 'sites/aldar-article.html')));

let browser: ExtensionBrowser;
// Inside worker.evaluate() the code runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof extensionBrowser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await server.listen(80);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server.close();
});

async function open(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser.worker, url) };
}

const bannerText = async (page: Page) => (await shadowHtml(page, 'data-upstream-banner'))?.replace(/<style>[\s\S]*?<\/style>/, '') ?? null;

async function options(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('[data-setting="banner"]');
  return page;
}

describe('the reader’s everyday use', () => {
  it('shows a banner on the copy with the outlet, the date, the verdict and the original', async () => {
    const { page, tabId } = await open(ARTICLE);
    expect(await waitForBadge(browser, tabId)).toBe('↗');
    await expect.poll(() => bannerText(page), { timeout: 15_000 }).toContain('same text as the original');
    const html = (await bannerText(page)) ?? '';
    expect(html).toContain('Republished from Aldar');
    expect(html).toContain('Oct 30, 2023');
    expect(html).toContain(`href="${ORIGINAL}"`);
    expect(html).toContain('Open original');
    // In the page's flow, not over it: the banner's box does not overlap the article's text.
    const overlaps = await page.evaluate(() => {
      const banner = document.querySelector('[data-upstream-banner]')?.getBoundingClientRect();
      const title = document.querySelector('.articletitle')?.getBoundingClientRect();
      return !banner || !title ? null : banner.bottom > title.top && banner.top < title.bottom;
    });
    expect(overlaps).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'banner.png'), clip: { x: 0, y: 0, width: 1000, height: 160 } });
    await clickInShadow(page, 'data-upstream-banner', 'BUTTON');
    expect(await page.locator('[data-upstream-banner]').count()).toBe(0);
    await page.close();
  });

  it('tells the page nothing of itself: no message reaches the page from the extension', async () => {
    // WXT's content-script wrapper used to post one, named with the extension's id, to every page.
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { seenMessages: seen });
      window.addEventListener('message', (event: MessageEvent) => seen.push(JSON.stringify(event.data)));
    });
    await page.goto(ARTICLE);
    expect(await waitForBadge(browser, await tabIdOf(browser.worker, ARTICLE))).toBe('↗');
    await expect.poll(() => bannerText(page), { timeout: 15_000 }).toContain('Republished from Aldar');
    expect(await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages)).toEqual([]);
    await page.close();
  });

  it('turns the banner off from the settings', async () => {
    const settings = await options();
    await settings.locator('[data-setting="banner"]').uncheck();
    await settings.waitForSelector('text=Saved.');
    await settings.screenshot({ path: join(ARTIFACTS, 'options-settings.png'), fullPage: true });
    const { page, tabId } = await open(ARTICLE);
    await waitForBadge(browser, tabId);
    await new Promise((done) => setTimeout(done, 1500));
    expect(await page.locator('[data-upstream-banner]').count()).toBe(0);
    await settings.locator('[data-setting="banner"]').check();
    await settings.close();
    await page.close();
  });

  it('is disabled on a site from the popup, and turned on again', async () => {
    const { page, tabId } = await open(ARTICLE);
    await waitForBadge(browser, tabId);
    let popup = await openPopup(browser, tabId);
    await popup.getByRole('button', { name: 'Disable on maghress.com' }).click();
    await popup.waitForSelector('text=Upstream is off on maghress.com.');
    expect(await popup.getAttribute('body', 'data-state')).toBe('disabled');
    expect(await badgeText(browser.worker, tabId)).toBe('');
    await popup.close();
    // Reloaded: nothing runs there any more.
    await page.reload();
    await new Promise((done) => setTimeout(done, 1500));
    expect(await badgeText(browser.worker, tabId)).toBe('');
    expect(await page.locator('[data-upstream-banner]').count()).toBe(0);
    popup = await openPopup(browser, tabId);
    await popup.getByRole('button', { name: 'Turn on for maghress.com' }).click();
    await expect.poll(() => popup.getAttribute('body', 'data-state'), { timeout: 15_000 }).toBe('verified');
    expect(await badgeText(browser.worker, tabId)).toBe('↗');
    await popup.close();
    await page.close();
  });

  it('in privacy mode asks nothing of the original until the popup opens', async () => {
    const settings = await options();
    await settings.locator('[data-setting="privacyMode"]').check();
    await settings.getByRole('button', { name: 'Clear the cache of looked-up originals' }).click();
    await settings.waitForSelector('text=Cache cleared. Reports and settings are kept.');
    const before = server.countFor(ALDAR);
    const { page, tabId } = await open(ARTICLE);
    expect(await waitForBadge(browser, tabId)).toBe('↗');
    await new Promise((done) => setTimeout(done, 1500));
    expect(server.countFor(ALDAR)).toBe(before);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('verified');
    expect(server.countFor(ALDAR)).toBeGreaterThan(before);
    await settings.locator('[data-setting="privacyMode"]').uncheck();
    await settings.close();
    await popup.close();
    await page.close();
  });

  it('reports an image from the keyboard alone', async () => {
    const { page, tabId } = await open(ARTICLE);
    await waitForBadge(browser, tabId);
    const popup = await openPopup(browser, tabId);
    await popup.waitForSelector('body[data-images-ready="1"]');
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    let presses = 0;
    while (!(await focused()).startsWith('Report image 1') && presses++ < 60) await popup.keyboard.press('Tab');
    expect(await focused()).toMatch(/^Report image 1/);
    await popup.keyboard.press('Enter');
    // The form takes the focus on its first reason; arrows move between reasons.
    await expect.poll(() => popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('unrelated');
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => popup.getByRole('radio', { name: 'Out of context or old' }).isChecked()).toBe(true);
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('Seen in 2019');
    await popup.keyboard.press('Tab');
    expect(await focused()).toBe('Send report');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('text=It will be recognised by its address only.');
    await popup.getByRole('button', { name: 'Undo report' }).press('Enter');
    await popup.waitForSelector('button[aria-label^="Report image 1"]');
    await popup.close();
    await page.close();
  });

  it('finds the original behind an aggregator link without visiting it', async () => {
    const tabsOnArticle = () => browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url })).length, ARTICLE);
    const before = await tabsOnArticle();
    const window = await browser.context.newPage();
    await window.goto(`chrome-extension://${browser.extensionId}/find.html?url=${encodeURIComponent(ARTICLE)}`);
    await window.waitForSelector('body[data-ready="1"]', { timeout: 20_000 });
    expect(await window.textContent('[data-testid="publisher"]')).toBe('Aldar');
    expect(await window.getByRole('link', { name: 'Open original' }).getAttribute('href')).toBe(ORIGINAL);
    // No tab ever showed the article: the answer came from the background alone.
    expect(await tabsOnArticle()).toBe(before);
    await window.screenshot({ path: join(ARTIFACTS, 'find-original.png') });
    await window.close();
  });

  it('speaks Arabic, right to left, in the popup and the banner', async () => {
    const arabic = await launchWithExtension({ language: 'ar' });
    try {
      const page = await arabic.context.newPage();
      await page.goto(ARTICLE);
      const tabId = await tabIdOf(arabic.worker, ARTICLE);
      await waitForBadge(arabic, tabId);
      const popup = await openPopup(arabic, tabId);
      expect(await popup.getAttribute('html', 'dir')).toBe('rtl');
      expect(await popup.textContent('body')).toContain('منقول عن');
      await popup.waitForSelector('body[data-images-ready="1"]');
      await popup.screenshot({ path: join(ARTIFACTS, 'popup-arabic-ui.png'), fullPage: true });
      await expect.poll(() => bannerText(page), { timeout: 15_000 }).toContain('منقول عن Aldar');
      expect(await bannerText(page)).toContain('dir="rtl"');
      await page.screenshot({ path: join(ARTIFACTS, 'banner-arabic.png'), clip: { x: 0, y: 0, width: 1000, height: 160 } });
    } finally {
      await arabic.close();
    }
  });
});
