import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, tabIdOf, waitForBadge, type ExtensionBrowser } from './support/browser';
import { hammingDistance } from '../../utils/images/dhash';
import { SiteServer } from './support/server';
import { clickInShadow } from './support/shadow';

// Image reports end to end: the seed's Maghress page shows a photo; the reader reports it from
// the popup; it is covered there, and on Aldar's original page where the same photo is served
// resized and recompressed under another address; "Show" lifts a cover, undo removes it, and
// an export restores the report in a fresh profile. Pictures are drawn by the browser itself.
const ARTIFACTS = resolve(__dirname, '../.artifacts');
const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/ress-family', name, 'source.html'), 'utf8');

const MAGHRESS = 'www.maghress.com';
const ALDAR = 'www.aldar.ma';
const ARTICLE = `http://${MAGHRESS}/fr/aldar/6010203`;
const ORIGINAL = `http://${ALDAR}/2023/10/30/laftit-sentretient-avec-son-homologue-allemande-145832.html`;
const PHOTO = 'http://images2.maghress.com/aldar/6010203/photo';
const PHOTO_ON_ALDAR = `http://${ALDAR}/wp-content/uploads/2023/10/laftit-640x400.jpg`;
const OTHER_PHOTO = `http://${ALDAR}/wp-content/uploads/2023/10/stade.jpg`;
const BAD = 'http://bad-images.example/article';

/** The Aldar original (tests/e2e/sites) with the photo, resized, and an unrelated one. */
function aldarPage(): string {
  return readFileSync(resolve(__dirname, 'sites/aldar-article.html'), 'utf8').replace(
    /<\/h1>/,
    `</h1><figure><img src="${PHOTO_ON_ALDAR}" alt="Abdelouafi Laftit et Nancy Faeser à Rabat" width="640" height="400"><figcaption>Le ministre de l'Intérieur et son homologue allemande.</figcaption></figure>
<figure><img src="${OTHER_PHOTO}" alt="Le grand stade de Casablanca" width="400" height="250"></figure>`,
  );
}

const server = new SiteServer()
  .page(MAGHRESS, '/fr/aldar/6010203', fixture('fr-aldar').replace('https://www.aldar.ma/laftit-sentretient-avec-son-homologue-allemande-145832.html', ORIGINAL))
  .page(ALDAR, '/2023/10/30/laftit-sentretient-avec-son-homologue-allemande-145832.html', aldarPage());

const images: Record<string, Buffer> = {};
function serveImage(url: string, bytes: () => Buffer, type = 'image/jpeg') {
  const { hostname, pathname } = new URL(url);
  server.route(hostname, pathname, (_, response) => {
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(bytes());
  });
}

/** Draws seeded "photographs" (gradients and shapes) in the browser and returns JPEG/PNG bytes. */
async function drawPictures(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    function random(seed: number) {
      return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    function picture(seed: number, width: number, height: number): HTMLCanvasElement {
      const next = random(seed);
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      const gradient = context.createLinearGradient(0, 0, width * next(), height);
      gradient.addColorStop(0, `hsl(${next() * 360},60%,${30 + next() * 40}%)`);
      gradient.addColorStop(1, `hsl(${next() * 360},60%,${30 + next() * 40}%)`);
      context.fillStyle = gradient;
      context.fillRect(0, 0, width, height);
      for (let i = 0; i < 14; i++) {
        context.fillStyle = `hsla(${next() * 360},70%,${20 + next() * 60}%,0.85)`;
        context.beginPath();
        context.ellipse(next() * width, next() * height, 20 + next() * width * 0.3, 20 + next() * height * 0.3, next() * 3, 0, Math.PI * 2);
        context.fill();
      }
      return canvas;
    }
    const resized = (source: HTMLCanvasElement, width: number, height: number) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')?.drawImage(source, 0, 0, width, height);
      return canvas;
    };
    const photo = picture(7, 800, 500);
    return {
      photo: photo.toDataURL('image/jpeg', 0.92),
      photoResized: resized(photo, 640, 400).toDataURL('image/jpeg', 0.6),
      other: picture(8, 800, 500).toDataURL('image/jpeg', 0.9),
      inline: picture(9, 160, 100).toDataURL('image/png'),
    };
  });
}

const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

let browser: ExtensionBrowser;
let inlinePng = '';
let exported = '';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await server.listen(80);
  browser = await launchWithExtension();
  const canvasPage = await browser.context.newPage();
  const drawn = await drawPictures(canvasPage);
  await canvasPage.close();
  images.photo = bytesOf(drawn.photo ?? '');
  images.photoResized = bytesOf(drawn.photoResized ?? '');
  images.other = bytesOf(drawn.other ?? '');
  inlinePng = drawn.inline ?? '';
  serveImage(PHOTO, () => images.photo ?? Buffer.alloc(0));
  serveImage(PHOTO_ON_ALDAR, () => images.photoResized ?? Buffer.alloc(0));
  serveImage(OTHER_PHOTO, () => images.other ?? Buffer.alloc(0));
  // Bad input: a 404, a page served as an image, an SVG, broken bytes, a huge file, an inline picture.
  serveImage('http://bad-images.example/missing.jpg', () => Buffer.from('not found'), 'text/plain');
  server.route('bad-images.example', '/missing.jpg', (_, response) => {
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<h1>Not found</h1>');
  });
  serveImage('http://bad-images.example/page.jpg', () => Buffer.from('<html><body>login</body></html>'), 'text/html');
  serveImage('http://bad-images.example/drawing.svg', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120"><rect width="200" height="120" fill="teal"/></svg>'), 'image/svg+xml');
  serveImage('http://bad-images.example/broken.jpg', () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 7)]));
  serveImage('http://bad-images.example/huge.jpg', () => Buffer.concat([images.photo ?? Buffer.alloc(0), Buffer.alloc(16 * 1024 * 1024)]));
  // A decompression bomb: a PNG header claiming 100,000 × 100,000 pixels.
  serveImage('http://bad-images.example/bomb.png', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.from([0, 1, 0x86, 0xa0, 0, 1, 0x86, 0xa0, 8, 2, 0, 0, 0]), Buffer.alloc(2000)]), 'image/png');
  server.page(
    'bad-images.example',
    '/article',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad images</title></head><body><article><h1>Pictures that cannot be read</h1>
<img src="/missing.jpg" alt="Missing picture" width="300" height="200">
<img src="/page.jpg" alt="A login page" width="300" height="200">
<img src="/drawing.svg" alt="A drawing" width="200" height="120">
<img src="/broken.jpg" alt="Broken bytes" width="300" height="200">
<img src="/huge.jpg" alt="A huge file" width="300" height="200">
<img src="/bomb.png" alt="A decompression bomb" width="300" height="200">
<img src="${inlinePng}" alt="An inline picture" width="160" height="100">
<img src="/pixel.gif" alt="" width="1" height="1">
</article></body></html>`,
  );
});

afterAll(async () => {
  await browser?.close();
  await server.close();
});

const covers = (page: Page) => page.locator('[data-upstream-cover]').count();
const filterOf = (page: Page, src: string) => page.evaluate((url) => getComputedStyle(document.querySelector(`img[src="${url}"]`) ?? document.body).filter, src);

async function openImages(tabId: number, target = browser): Promise<Page> {
  const popup = await openPopup(target, tabId);
  await popup.waitForSelector('body[data-images-ready="1"]', { timeout: 20_000 });
  return popup;
}

async function waitForCovers(page: Page, count: number): Promise<void> {
  await expect.poll(() => covers(page), { timeout: 15_000 }).toBe(count);
}

describe('image reports in a real browser', () => {
  let maghress: Page;
  let maghressTab: number;

  it('lists the article images in the popup and reports one', async () => {
    maghress = await browser.context.newPage();
    await maghress.goto(ARTICLE);
    maghressTab = await tabIdOf(browser.worker, ARTICLE);
    expect(await waitForBadge(browser, maghressTab)).toBe('↗');
    const popup = await openImages(maghressTab);
    expect(await popup.textContent('#images-heading')).toContain('Images in this article');
    const items = popup.locator('.image');
    // The article's photo; the site logo in the header is not the article's.
    expect(await items.count()).toBe(1);
    expect(await items.first().getAttribute('data-image-src')).toBe(PHOTO);
    expect(await items.first().textContent()).toContain('800 × 500 px');
    const searches = items.first().locator('.image__search a');
    expect(await searches.allTextContents()).toEqual(['Google Lens', 'Bing', 'Yandex', 'TinEye', 'Fact Check Explorer']);
    expect(await searches.first().getAttribute('href')).toBe(`https://lens.google.com/uploadbyurl?url=${encodeURIComponent(PHOTO)}`);

    const report = popup.getByRole('button', { name: /^Report/ });
    expect(await report.count()).toBe(1);
    await report.click();
    await popup.getByRole('radio', { name: 'Out of context or old' }).check();
    await popup.getByLabel('Note (optional)').fill('Photo from another visit, 2019');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-images.png'), fullPage: true });
    await popup.getByRole('button', { name: 'Send report' }).click();
    await popup.waitForSelector('text=You reported this image: Out of context or old');
    await popup.close();
    // Covered at once, and again after a reload.
    await waitForCovers(maghress, 1);
    await maghress.reload();
    await waitForCovers(maghress, 1);
    expect(await filterOf(maghress, '//images2.maghress.com/aldar/6010203/photo')).toContain('blur');
    await maghress.locator('[data-upstream-cover]').scrollIntoViewIfNeeded();
    await maghress.screenshot({ path: join(ARTIFACTS, 'covered-image.png') });
  });

  it('covers the same photo resized under another address on another site, and only it', async () => {
    const aldar = await browser.context.newPage();
    await aldar.goto(ORIGINAL);
    await waitForCovers(aldar, 1);
    expect(await filterOf(aldar, PHOTO_ON_ALDAR)).toContain('blur');
    expect(await filterOf(aldar, OTHER_PHOTO)).toBe('none');

    // The popup says so, and remembers where the photo was seen before.
    const tabId = await tabIdOf(browser.worker, ORIGINAL);
    await waitForBadge(browser, tabId);
    const popup = await openImages(tabId);
    const item = popup.locator(`.image[data-image-src="${PHOTO_ON_ALDAR}"]`);
    expect(await item.textContent()).toContain('You reported this image: Out of context or old');
    await expect.poll(async () => {
      await popup.reload();
      await popup.waitForSelector('body[data-images-ready="1"]');
      return popup.locator(`.image[data-image-src="${PHOTO_ON_ALDAR}"] .image__seen`).textContent().catch(() => null);
    }, { timeout: 15_000 }).toContain('This image also appeared on 1 other article you read');
    await popup.close();

    // The hashes the background computed from the fetched bytes, as stored in its database.
    const stored = await browser.worker.evaluate(async (urls) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('upstream');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('no database'));
      });
      const read = (url: string) =>
        new Promise<string | undefined>((resolve) => {
          const request = database.transaction('imageHashes').objectStore('imageHashes').get(url);
          request.onsuccess = () => resolve((request.result as { hash?: string } | undefined)?.hash);
          request.onerror = () => resolve(undefined);
        });
      return Promise.all(urls.map(read));
    }, [PHOTO, PHOTO_ON_ALDAR, OTHER_PHOTO]);
    const [original = '', resized = '', other = ''] = stored;
    const copyDistance = hammingDistance(original, resized);
    const otherDistance = Math.min(hammingDistance(original, other), hammingDistance(resized, other));
    console.info(`real-browser hashes: resized copy ${copyDistance} bits from the original, unrelated photo ${otherDistance} bits away`);
    expect(original).toMatch(/^[0-9a-f]{32}$/);
    expect(copyDistance).toBeLessThanOrEqual(10);
    expect(otherDistance).toBeGreaterThan(20);

    // "Show" lifts the cover of that image on this page only.
    await clickInShadow(aldar, 'data-upstream-cover', 'BUTTON');
    await waitForCovers(aldar, 0);
    expect(await filterOf(aldar, PHOTO_ON_ALDAR)).toBe('none');
    await aldar.close();
  });

  it('exports the reports, and undo uncovers the image', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('table.reports tbody tr');
    expect(await options.locator('table.reports tbody tr').count()).toBe(1);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    exported = readFileSync((await download.path()) ?? '', 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'upstream-reports', reports: [{ imageUrl: PHOTO, reason: 'out-of-context', note: 'Photo from another visit, 2019' }] });
    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(readFileSync((await csv.path()) ?? '', 'utf8')).toContain(`"out-of-context","Photo from another visit, 2019","${PHOTO}"`);
    await options.screenshot({ path: join(ARTIFACTS, 'options-reports.png'), fullPage: true });
    await options.close();

    const popup = await openImages(maghressTab);
    await popup.getByRole('button', { name: 'Undo report' }).click();
    await waitForCovers(maghress, 0);
    expect(await filterOf(maghress, '//images2.maghress.com/aldar/6010203/photo')).toBe('none');
    await popup.close();
  });

  it('restores exported reports in a fresh profile', async () => {
    const fresh = await launchWithExtension();
    try {
      const options = await fresh.context.newPage();
      await options.goto(`chrome-extension://${fresh.extensionId}/options.html`);
      await options.waitForSelector('[data-testid="reports-empty"]');
      // A file from another tool is refused and changes nothing.
      await options.setInputFiles('[data-testid="import-reports"]', { name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from('{"bookmarks":[]}') });
      expect(await options.textContent('[data-testid="reports-status"]')).toContain('not an Upstream reports file');
      await options.getByLabel('These are my own reports (restoring a backup)').check();
      await options.setInputFiles('[data-testid="import-reports"]', { name: 'reports.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await options.waitForSelector('text=1 reports added.');
      await options.waitForSelector('table.reports tbody tr');
      expect(await options.locator('table.reports tbody tr').count()).toBe(1);
      expect(await options.textContent('table.reports tbody tr')).toContain('you');
      const page = await fresh.context.newPage();
      await page.goto(ARTICLE);
      await waitForCovers(page, 1);
    } finally {
      await fresh.close();
    }
  });

  it('explains images it cannot read, and still keeps a report', async () => {
    const page = await browser.context.newPage();
    await page.goto(BAD);
    const tabId = await tabIdOf(browser.worker, BAD);
    const popup = await openImages(tabId);
    const problem = (src: string) => popup.locator(`.image[data-image-src="${src}"] .image__problem`).textContent();
    expect(await popup.locator('.image').count()).toBe(7); // the 1-pixel image is left out
    expect(await problem('http://bad-images.example/missing.jpg')).toBe('The image’s address answers “not found”.');
    expect(await problem('http://bad-images.example/page.jpg')).toBe('The address does not serve an image.');
    expect(await problem('http://bad-images.example/drawing.svg')).toBe('SVG drawings cannot be compared by their pixels.');
    expect(await problem('http://bad-images.example/broken.jpg')).toBe('The image could not be decoded.');
    expect(await problem('http://bad-images.example/huge.jpg')).toBe('The image is too large to read.');
    expect(await problem('http://bad-images.example/bomb.png')).toBe('The image is too large to read.');
    expect(await popup.locator(`.image[data-image-src="${inlinePng}"] .image__problem`).count()).toBe(0);
    // An inline picture has no address to search by.
    expect(await popup.locator(`.image[data-image-src="${inlinePng}"] .image__search`).count()).toBe(0);

    await popup.getByRole('button', { name: /^Report image 1/ }).click();
    await popup.getByRole('radio', { name: 'Unrelated to the story' }).check();
    await popup.getByRole('button', { name: 'Send report' }).click();
    await popup.waitForSelector('text=It will be recognised by its address only.');
    await popup.close();
    await waitForCovers(page, 1);

    // The context menu's report window, for the inline picture (matched by its hash).
    const window = await browser.context.newPage();
    await window.goto(`chrome-extension://${browser.extensionId}/report.html?tabId=${tabId}&image=${encodeURIComponent(inlinePng)}`);
    await window.getByRole('radio', { name: 'Manipulated' }).check();
    await window.getByRole('button', { name: 'Send report' }).click();
    await window.waitForSelector('text=Reported. You can close this window.');
    await waitForCovers(page, 2);
    await window.close();
    await page.close();
  });
});
