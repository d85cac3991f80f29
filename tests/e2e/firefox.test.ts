import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webExt, { type ExtensionRunner } from 'web-ext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALDAR, ARTICLE, MAGHRESS, ORIGINAL, SOURCE_LINK, aldarOriginal, maghressPage } from './support/maghress-site';
import { SiteServer } from './support/server';

// The Firefox (MV2) build in Debian's Firefox ESR, headless, installed as a temporary add-on by
// web-ext over Firefox's remote debugging protocol. Nothing drives the browser after start-up,
// so the proof that the extension ran is on the server: its background fetched the original.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(__dirname, '../../.output/firefox-mv2');
const START = `http://${MAGHRESS}/start`;
// The Accept header of Upstream's own lookups (utils/resolve/browser-fetcher.ts).
const UPSTREAM_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/** Headers of each request for Aldar's pages, in order. */
const aldarRequests: { path: string; headers: IncomingHttpHeaders }[] = [];
let installed = false;

const server = new SiteServer()
  // The start page reloads itself until web-ext has installed the add-on, then leads to the
  // article, so that the article loads with the extension already in place.
  .route(MAGHRESS, '/start', (_, response) => {
    if (installed) {
      response.writeHead(302, { location: ARTICLE, 'cache-control': 'no-store' });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    response.end('<!doctype html><meta http-equiv="refresh" content="0.3"><title>Waiting for the add-on</title>');
  })
  .page(MAGHRESS, new URL(ARTICLE).pathname, maghressPage(SOURCE_LINK))
  .route(ALDAR, new URL(SOURCE_LINK).pathname, (request, response) => {
    aldarRequests.push({ path: request.url ?? '', headers: request.headers });
    response.writeHead(301, { location: ORIGINAL, 'cache-control': 'no-store' });
    response.end();
  })
  .route(ALDAR, new URL(ORIGINAL).pathname, (request, response) => {
    aldarRequests.push({ path: request.url ?? '', headers: request.headers });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(aldarOriginal());
  });

let runner: ExtensionRunner | undefined;
let closed: Promise<void> | undefined;
// A profile of our own, removed after the run (web-ext's own temporary one outlives a test worker).
const profile = mkdtempSync(join(tmpdir(), 'upstream-firefox-'));

async function waitFor(condition: () => boolean, timeout: number): Promise<boolean> {
  const started = Date.now();
  while (!condition() && Date.now() - started < timeout) await new Promise((done) => setTimeout(done, 100));
  return condition();
}

beforeAll(async () => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the Firefox extension first: ${EXTENSION_DIR} is missing`);
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr`);
  await server.listen(80);
});

afterAll(async () => {
  await runner?.exit();
  // Firefox closes within a second or two; the profile is removed once it has.
  await Promise.race([closed, new Promise((done) => setTimeout(done, 10_000))]);
  await server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
});

describe('the Firefox build in Firefox ESR', () => {
  it('checks the seed Maghress article: its background fetches the original from Aldar', async () => {
    const started = Date.now();
    runner = await webExt.cmd.run(
      {
        sourceDir: EXTENSION_DIR,
        firefox: FIREFOX,
        firefoxProfile: profile,
        keepProfileChanges: true,
        noReload: true,
        noInput: true,
        startUrl: START,
        args: ['-headless'],
        pref: {
          // Every host name is this machine, as Chromium's --host-resolver-rules does in the other tests.
          'network.dns.forceResolve': '127.0.0.1',
          'dom.security.https_first': false,
          'dom.security.https_first_pbm': false,
          'intl.locale.requested': 'en-US',
        },
      },
      { shouldExitProgram: false },
    );
    closed = new Promise((done) => runner?.registerCleanup(done));
    installed = true;

    const fetched = await waitFor(() => aldarRequests.some(({ path }) => path === new URL(ORIGINAL).pathname), 40_000);
    expect(server.requests.filter(({ host, path }) => host === MAGHRESS && path === new URL(ARTICLE).pathname).length, 'Firefox opened the article').toBeGreaterThan(0);
    expect(fetched, 'the original was fetched').toBe(true);

    // The source link named by the page, then its redirect to the original: Upstream's own lookup.
    expect(aldarRequests.slice(0, 2).map(({ path }) => path)).toEqual([new URL(SOURCE_LINK).pathname, new URL(ORIGINAL).pathname]);
    for (const { headers } of aldarRequests) {
      // Not the page nor a navigation: those carry the page as referrer and Firefox's own Accept.
      expect(headers.referer).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      expect(headers.accept).toBe(UPSTREAM_ACCEPT);
    }
    console.info(`Firefox smoke: the original fetched ${Date.now() - started} ms after launch`);
  });
});
