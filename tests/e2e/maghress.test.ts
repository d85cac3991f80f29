import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchWithExtension, openPopup, visit as visitIn, waitForBadge as badgeOf, type ExtensionBrowser } from './support/browser';
import { SiteServer } from './support/server';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/ress-family', name, 'source.html'), 'utf8');
const ARTIFACTS = resolve(__dirname, '../.artifacts');

const MAGHRESS = 'www.maghress.com';
const ALDAR = 'www.aldar.ma';
const ARTICLE = `http://${MAGHRESS}/fr/aldar/6010203`;
const SOURCE_LINK = `http://${ALDAR}/laftit-sentretient-avec-son-homologue-allemande-145832.html`;
const ORIGINAL = `http://${ALDAR}/2023/10/30/laftit-sentretient-avec-son-homologue-allemande-145832.html`;

/** The seed's Maghress page, its "read at source" link pointing at `link`. */
function maghressPage(link: string): string {
  return fixture('fr-aldar').replace('https://www.aldar.ma/laftit-sentretient-avec-son-homologue-allemande-145832.html', link);
}

/** The same page with its title changed and one paragraph cut: an edited copy. */
function editedPage(): string {
  const page = maghressPage(SOURCE_LINK);
  const paragraphs = [...page.matchAll(/<p>[^<]*<\/p>\n/g)].map((match) => match[0]);
  return page
    .replace(paragraphs[2] ?? '', '')
    .replace(/<title>[^<]*<\/title>/, '<title>Sécurité : Rabat et Berlin signent une déclaration commune - Maghress</title>')
    .replace(/<span class="articletitle">[^<]*<\/span>/, '<span class="articletitle">Sécurité : Rabat et Berlin signent une déclaration commune</span>');
}

// The seed page's headline list: another story, in the same language.
const seedHeadlines = readFileSync(resolve(__dirname, '../../../shared/seeds/000_af4c14389ce3ff26.txt'), 'utf8').split('\n')[0] ?? '';
const otherStory = `<html lang="fr"><head><meta charset="utf-8"><title>Revue de presse</title></head><body><article><h1>Revue de presse</h1>${seedHeadlines
  .split(/\s{3,}/)
  .map((line) => `<p>${line}</p>`)
  .join('')}</article></body></html>`;

// An Arabic original served as windows-1256, as Arabic outlets still do, and its copy.
const arabicCopy = fixture('ar-alittihad');
const arabicParagraphs = [...arabicCopy.matchAll(/<p>([^<]{40,})<\/p>/g)].map((match) => match[1] ?? '');

// An opaque Google News link (its token names no URL): only a real navigation tells where it leads.
const GOOGLE_NEWS_LINK = 'http://news.google.com/rss/articles/AU_yqLMAbCdEfGhIjKlMnOpQrStUvWxYz0123456789?oc=5';

const server = new SiteServer()
  .page(MAGHRESS, '/fr/aldar/6010203', maghressPage(`${SOURCE_LINK}?utm_source=maghress`))
  .page(MAGHRESS, '/fr/aldar/6010404', maghressPage(`http://${ALDAR}/gone.html`))
  .page(MAGHRESS, '/fr/aldar/6010508', maghressPage(`http://${ALDAR}/loop/a`))
  .page(MAGHRESS, '/fr/aldar/6010666', fixture('fr-unsafe-link'))
  .page(MAGHRESS, '/fr', fixture('fr-home'))
  .page(MAGHRESS, '/fr/aldar/6010777', editedPage())
  .page(MAGHRESS, '/fr/aldar/6010888', maghressPage(`http://${ALDAR}/revue-de-presse.html`))
  .page(MAGHRESS, '/alittihad/2082123', arabicCopy.replace('https://alittihad.info/', 'http://alittihad.info/'))
  .page(ALDAR, '/revue-de-presse.html', otherStory)
  .page('alittihad.info', '/%d9%84%d9%81%d8%aa%d9%8a%d8%aa-%d9%8a%d8%aa%d8%a8%d8%a7%d8%ad%d8%ab/', windows1256(arabicOriginalHtml(arabicParagraphs)), { 'content-type': 'text/html; charset=windows-1256' })
  .redirect(ALDAR, '/laftit-sentretient-avec-son-homologue-allemande-145832.html', ORIGINAL)
  .page(ALDAR, '/2023/10/30/laftit-sentretient-avec-son-homologue-allemande-145832.html', readFileSync(resolve(__dirname, 'sites/aldar-article.html')))
  .page(ALDAR, '/gone.html', '<h1>Page introuvable</h1>', {}, 404)
  .page(MAGHRESS, '/fr/aldar/6010503', maghressPage(`http://${ALDAR}/busy.html`))
  .page(ALDAR, '/busy.html', 'Service Unavailable', {}, 503)
  .page(MAGHRESS, '/fr/aldar/6010900', maghressPage(`http://${ALDAR}/slow.html`))
  // Answers nothing: the lookup must give up on its own.
  .route(ALDAR, '/slow.html', () => undefined)
  .page(MAGHRESS, '/fr/aldar/6010901', maghressPage(`http://${ALDAR}/communique.pdf`))
  .page(ALDAR, '/communique.pdf', '%PDF-1.4 not really a PDF', { 'content-type': 'application/pdf' })
  .page('news.google.com', '/rss/articles/AU_yqLMAbCdEfGhIjKlMnOpQrStUvWxYz0123456789', `<script>location.replace(${JSON.stringify(ORIGINAL)})</script>`)
  .page(MAGHRESS, '/fr/aldar/6010999', maghressPage(GOOGLE_NEWS_LINK))
  // 60 MB of zeros in 60 kB of gzip: the reader's cap counts what the response unpacks to.
  .page(MAGHRESS, '/fr/aldar/6011001', maghressPage(`http://${ALDAR}/bomb.html`))
  .route(ALDAR, '/bomb.html', (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    response.end(gzipSync(Buffer.alloc(60 * 1024 * 1024)));
  })
  // A body that never ends.
  .page(MAGHRESS, '/fr/aldar/6011002', maghressPage(`http://${ALDAR}/endless.html`))
  .route(ALDAR, '/endless.html', (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(256 * 1024, 'a');
    const write = () => {
      if (!response.destroyed && response.write(chunk)) setImmediate(write);
    };
    response.on('drain', write);
    write();
  })
  .page(MAGHRESS, '/fr/aldar/6011003', maghressPage(`http://${ALDAR}/limited.html`))
  .page(ALDAR, '/limited.html', 'Too Many Requests', { 'retry-after': '120' }, 429)
  .redirect(ALDAR, '/loop/a', `http://${ALDAR}/loop/b`, 302)
  .redirect(ALDAR, '/loop/b', `http://${ALDAR}/loop/a`, 302);

function arabicOriginalHtml(paragraphs: string[]): string {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>لفتيت يتباحث مع نظيرته الألمانية سبل تعزيز التعاون الأمني الثنائي</title></head><body><article><h1>لفتيت يتباحث مع نظيرته الألمانية سبل تعزيز التعاون الأمني الثنائي</h1>${body}</article></body></html>`;
}

/** Encodes Arabic text as windows-1256 (Node's TextEncoder only writes UTF-8). */
function windows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Buffer.from([...text].map((char) => table.get(char) ?? 0x3f));
}

let browser: ExtensionBrowser;
const visit = (url: string) => visitIn(browser, url);
const waitForBadge = (tabId: number) => badgeOf(browser, tabId);

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Chromium resolves every host to 127.0.0.1 and asks on the default port.
  await server.listen(80);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server.close();
});


describe('a Maghress article in a real browser', () => {
  it('marks the tab, shows the source and links the original', async () => {
    const tabId = await visit(ARTICLE);
    expect(await waitForBadge(tabId)).toBe('↗');

    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('verified');
    expect(await popup.textContent('[data-testid="verdict"]')).toMatch(/^Same text as the original \(\d+% match\)/);
    expect(await popup.textContent('[data-testid="publisher"]')).toBe('Aldar');
    expect(await popup.textContent('time')).toBe('Oct 30, 2023');
    // Chain of provenance: the original itself credits MAP.
    expect(await popup.textContent('[data-testid="upstream"]')).toBe('Aldar credits MAP');
    const open = popup.getByRole('link', { name: 'Open original' });
    // The redirect was followed and the tracking parameter dropped.
    expect(await open.getAttribute('href')).toBe(ORIGINAL);
    expect(await popup.getByRole('button', { name: 'Open in new tab' }).count()).toBe(1);
    expect(await popup.textContent('body')).toContain('Publié dans Aldar le 30 - 10 - 2023');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-maghress.png'), fullPage: true });
    await popup.close();
  });

  it('serves a second visit from the cache, with no request to the original site', async () => {
    const before = server.countFor(ALDAR);
    expect(before).toBeGreaterThan(0);
    const tabId = await visit(ARTICLE);
    await waitForBadge(tabId);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('verified');
    expect(await popup.getByRole('link', { name: 'Open original' }).getAttribute('href')).toBe(ORIGINAL);
    expect(server.countFor(ALDAR)).toBe(before);
  });

  it('says a page that republishes nothing is not republished', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('not-republished');
    expect(await badgeText(browser.worker, tabId)).toBe('');
  });

  it('says when the original is gone, with an archive link', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010404`);
    await waitForBadge(tabId);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('unreachable');
    expect(await popup.textContent('[role="alert"]')).toContain('HTTP 404');
    const archive = popup.getByRole('link', { name: 'Look in the Wayback Machine' });
    expect(await archive.getAttribute('href')).toBe(`https://web.archive.org/web/*/http://${ALDAR}/gone.html`);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-unreachable.png'), fullPage: true });
  });

  it('ends a redirect loop in an honest state', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010508`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('unreachable');
    expect(await popup.textContent('[role="alert"]')).toContain('The link redirects in a loop.');
  });

  it('says when the server of the original fails, with Retry', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010503`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('unreachable');
    expect(await popup.textContent('[role="alert"]')).toContain('The site had an error; try again later. (HTTP 503)');
    expect(await popup.getByRole('button', { name: 'Retry' }).count()).toBe(1);
  });

  it.each([
    ['a gzip bomb', '6011001'],
    ['an endless body', '6011002'],
  ])('stops reading %s at the size cap', async (_, id) => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/${id}`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('unreachable');
    expect(await popup.textContent('[role="alert"]')).toContain('The page is too large to check. (larger than 5 MB)');
  });

  it('waits as long as a rate-limiting site asks', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6011003`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('unreachable');
    expect(await popup.textContent('[role="alert"]')).toContain('The site asks us to wait before trying again. (HTTP 429)');
    const expiresIn = await browser.worker.evaluate(async () => {
      const request = indexedDB.open('upstream');
      const database = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const read = database.transaction('lookups').objectStore('lookups').get('http://www.aldar.ma/limited.html');
      const record = await new Promise<{ expiresAt: number; checkedAt: number }>((resolve) => (read.onsuccess = () => resolve(read.result)));
      return record.expiresAt - record.checkedAt;
    });
    expect(expiresIn).toBe(120_000);
  });

  it('gives up on a server that never answers', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010900`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('unreachable');
    expect(await popup.textContent('[role="alert"]')).toContain('The site did not answer in time.');
  });

  it('links an original that is not a web page without comparing it', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010901`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('resolved');
    expect(await popup.getByRole('link', { name: 'Open original' }).getAttribute('href')).toBe(`http://${ALDAR}/communique.pdf`);
    expect(await popup.textContent('.card')).toContain('The original is not a web page');
  });

  it('learns where an opaque Google News link leads from the reader\'s own navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(GOOGLE_NEWS_LINK);
    await page.waitForURL(ORIGINAL);
    const asked = server.countFor('news.google.com');
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010999`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('resolved');
    expect(await popup.getByRole('link', { name: 'Open original' }).getAttribute('href')).toBe(ORIGINAL);
    expect(await popup.textContent('.chain')).toContain('(where your browser landed)');
    // Upstream itself never asked Google.
    expect(server.countFor('news.google.com')).toBe(asked);
  });

  it('says what an edited copy changed', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010777`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('edited');
    const verdict = await popup.textContent('[data-testid="verdict"]');
    expect(verdict).toContain('Title changed');
    expect(verdict).toContain('Paragraphs of the original cut: 1');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-edited.png'), fullPage: true });
  });

  it('says when the link leads to another story', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010888`);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('different');
    expect(await popup.textContent('[data-testid="verdict"]')).toContain('The link leads to a different story');
  });

  it('reads an Arabic original served as windows-1256', async () => {
    const tabId = await visit(`http://${MAGHRESS}/alittihad/2082123`);
    const popup = await openPopup(browser, tabId);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-arabic.png'), fullPage: true });
    expect(await popup.getAttribute('body', 'data-state')).toBe('verified');
    expect(await popup.textContent('[data-testid="publisher"]')).toBe('الاتحاد الاشتراكي');
    expect(await popup.textContent('.original__title')).toContain('لفتيت يتباحث');
  });

  it('never turns a javascript: source link into a link', async () => {
    const tabId = await visit(`http://${MAGHRESS}/fr/aldar/6010666`);
    await waitForBadge(tabId);
    const popup = await openPopup(browser, tabId);
    expect(await popup.getAttribute('body', 'data-state')).toBe('named');
    expect(await popup.textContent('[data-testid="publisher"]')).toBe('Aldar');
    expect(await popup.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await popup.textContent('.evidence')).toContain('javascript:fetch(');
  });
});
