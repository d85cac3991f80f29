import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';

// Inside worker.evaluate() the code runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof browser;

export const EXTENSION_DIR = resolve(__dirname, '../../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Starts Debian's Chromium, headless, with the built extension loaded and every host name
 * resolved to this machine, so test sites are served under their real names.
 */
export async function launchWithExtension({ language = 'en-US' }: { language?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the extension first: ${EXTENSION_DIR} is missing`);
  const profile = mkdtempSync(join(tmpdir(), 'upstream-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: language,
    // Chromium on Linux takes its UI language (which extension strings follow) from LANGUAGE.
    env: { ...process.env, LANGUAGE: language.replace('-', '_') },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      `--lang=${language}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (pattern) => {
    const tabs = await chrome.tabs.query({ url: pattern });
    return tabs[0]?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens `popup.html?tabId=N` in a page of its own and waits for its final state. */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
  return popup;
}

/** Opens `url` in a fresh tab (a fresh page after Chrome error pages) and returns its tab id. */
export async function visit(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return tabIdOf(browser.worker, url);
}

/** Waits until the tab's badge shows something, and returns it. */
export async function waitForBadge(browser: ExtensionBrowser, tabId: number, timeout = 10_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const text = await badgeText(browser.worker, tabId);
    if (text || Date.now() - started > timeout) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
