// The verification half of `npm run bench` (imported by scripts/bench.ts, run in its Chromium):
// 1. `perArticleMs`: one verification of a 5,000-word article as the extension does it, i.e.
//    parseOriginal() of the original's HTML, extractArticle() of the copy open in the tab, and
//    compareArticles(); next to Readability's parse() of the same page, interleaved run by run.
// 2. `warmCacheMs`: readLookup() (what the popup waits for) on the real UpstreamDatabase holding
//    100,000 lookups, in a page of the local http origin (which has IndexedDB).
// Both pages are built here from the real text of the shared seed: its article paragraphs and the
// site's headline list, repeated and varied. Nothing here is fetched from the network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Readability } from '@mozilla/readability';
import type { db, LookupRecord } from '../utils/store/db';
import type { readLookup } from '../utils/store/lookups';
import type { compareArticles } from '../utils/verify/compare';
import type { extractArticle } from '../utils/verify/extract';
import type { parseOriginal } from '../utils/verify/parse-original';

export const VERIFY_TARGETS = { verifyMedianMs: 30, warmCacheP95Ms: 20 };
export const VERIFY_RUNS = { perArticle: { warm: 3, n: 20 }, cache: { entries: 100_000, chunk: 5_000, reads: 200, misses: 20 } };
const SEED = '../shared/seeds/000_af4c14389ce3ff26.txt';
const WORDS = 5_000;
const ORIGINAL_URL = 'https://www.aldar.ma/politique/laftit-homologue-allemande-cooperation-securitaire-bilaterale';
const COPY_URL = 'https://www.maghress.com/fr/aldar/1862045';

interface Stats { median: number; p95: number; max: number }
interface VerifyGlobals {
  UpstreamVerify: { parseOriginal: typeof parseOriginal; extractArticle: typeof extractArticle; compareArticles: typeof compareArticles; Readability: typeof Readability };
  UpstreamStore: { db: typeof db; readLookup: typeof readLookup };
}
type Bundle = (contents: string, resolveDir: string) => Promise<string>;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)] ?? NaN;
const round = (x: number) => Math.round(x * 1e3) / 1e3;
const stats = (xs: number[]): Stats => ({ median: round(pct(xs, 0.5)), p95: round(pct(xs, 0.95)), max: round(Math.max(...xs)) });
const countWords = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The seed is a copy page's text: line 1 is the site's headline ticker (headlines split by runs
// of spaces), then the headline, a "Publié dans Aldar le 30 - 10 - 2023" credit and the article.
function readSeed(root: string) {
  const lines = readFileSync(join(root, SEED), 'utf8').split('\n').map((line) => line.trim());
  const headlines = (lines[0] ?? '').split(/\s{2,}/).map((h) => h.trim()).filter(Boolean);
  const creditAt = lines.findIndex((line) => /^Publié dans /.test(line));
  const credit = /^Publié dans (.+?) le (\d+) - (\d+) - (\d{4})/.exec(lines[creditAt] ?? '');
  const title = lines.slice(0, creditAt).reverse().find(Boolean);
  const paragraphs = lines.slice(creditAt + 1).filter((line) => line.split(/\s+/).length >= 30);
  if (!credit || !title || headlines.length < 20 || paragraphs.length < 3) throw new Error(`${SEED} no longer has the expected shape`);
  const [, siteName = '', day = '', month = '', year = ''] = credit;
  return { headlines, title, siteName, creditLine: lines[creditAt] ?? '', publishedAt: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T10:15:00+01:00`, paragraphs };
}

const CONNECTIVES = ['Par ailleurs, ', 'En outre, ', 'Dans ce cadre, ', 'De même, ', 'Pour sa part, ', 'Toujours selon le communiqué, '];
const sentence = (headline: string) => `${headline.replace(/[\s.!?…]+$/, '')}.`;

/**
 * The seed's article verbatim, then variants of it to ~5,000 words: sentences rotated, a linking
 * word, and one word of the ticker's text after every third word. A mere repeat would make every
 * paragraph's 4-word sequences recur elsewhere, and compareArticles() could then not see a cut.
 */
function longArticle(seed: ReturnType<typeof readSeed>): { paragraphs: string[]; subheads: Map<number, string> } {
  const ticker = seed.headlines.slice(0, -6).join(' ').split(/\s+/); // the last six headlines make the copy's added paragraph
  const paragraphs = [...seed.paragraphs];
  const subheads = new Map<number, string>();
  let words = countWords(paragraphs);
  let next = 0;
  for (let round = 1; words < WORDS; round++) {
    subheads.set(paragraphs.length, seed.headlines[(round * 7) % seed.headlines.length] ?? '');
    for (const [i, paragraph] of seed.paragraphs.entries()) {
      const sentences = paragraph.split(/(?<=\.)\s+/);
      const shift = round % sentences.length;
      const body = [...sentences.slice(shift), ...sentences.slice(0, shift)].join(' ');
      const varied = body.split(/\s+/).flatMap((word, w) => (w % 3 === 2 ? [word, ticker[next++ % ticker.length] ?? ''] : [word]));
      const text = `${CONNECTIVES[(round + i) % CONNECTIVES.length] ?? ''}${(varied[0] ?? '').charAt(0).toLowerCase()}${varied.join(' ').slice(1)}`;
      paragraphs.push(text);
      words += countWords([text]);
      if (words >= WORDS) break;
    }
  }
  return { paragraphs, subheads };
}

function newsPage(page: { url: string; siteName: string; title: string; publishedAt: string; paragraphs: string[]; subheads: Map<number, string>; headlines: string[]; after?: string }) {
  const body = page.paragraphs.map((p, i) => `${page.subheads.has(i) ? `<h2>${escape(page.subheads.get(i) ?? '')}</h2>\n` : ''}<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>${escape(page.title)} - ${escape(page.siteName)}</title>
<link rel="canonical" href="${page.url}">
<meta property="og:site_name" content="${escape(page.siteName)}">
<meta property="og:title" content="${escape(page.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="${page.url}">
<meta property="article:published_time" content="${page.publishedAt}">
</head><body>
<header><a href="/">${escape(page.siteName)}</a><nav><ul><li><a href="/politique">Politique</a></li><li><a href="/economie">Économie</a></li><li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>${escape(page.title)}</h1>
<p class="byline">Publié le <time datetime="${page.publishedAt}">${page.publishedAt.slice(0, 10)}</time></p>
${body}
${page.after ?? ''}
</article>
<aside><h2>À la une</h2><ul>${page.headlines.map((h, i) => `<li><a href="/actualite/${i}">${escape(h)}</a></li>`).join('')}</ul></aside>
</main><footer><p>© ${escape(page.siteName)}</p></footer></body></html>`;
}

/** The bundles and pages, built before any timing. `pages` maps a path of the bench server to its HTML. */
export async function prepareVerify(root: string, bundle: Bundle) {
  const seed = readSeed(root);
  const { paragraphs, subheads } = longArticle(seed);
  const original = newsPage({ url: ORIGINAL_URL, siteName: seed.siteName, title: seed.title, publishedAt: seed.publishedAt, paragraphs, subheads, headlines: seed.headlines, after: '<p>Aldar: map</p>' });
  // The copy: one paragraph cut, one (an editor's note made of ticker headlines) added.
  const cutAt = Math.floor(paragraphs.length / 2);
  const added = `Note de la rédaction : ${seed.headlines.slice(-6).map(sentence).join(' ')}`;
  const copyParagraphs = [...paragraphs.slice(0, 3), added, ...paragraphs.slice(3, cutAt), ...paragraphs.slice(cutAt + 1)];
  const copySubheads = new Map([...subheads].map(([at, h]) => [at < 3 || at > cutAt ? at : at + 1, h]));
  const copy = newsPage({
    url: COPY_URL, siteName: 'Maghress', title: seed.title, publishedAt: seed.publishedAt, paragraphs: copyParagraphs, subheads: copySubheads, headlines: seed.headlines,
    after: `<p>${escape(seed.creditLine)}</p><p><a href="${ORIGINAL_URL}">Cliquez ici pour lire l'article depuis sa source.</a></p>`,
  });
  const verifyJs = await bundle(
    `import { parseOriginal } from './parse-original'; import { extractArticle } from './extract'; import { compareArticles } from './compare'; import { Readability } from '@mozilla/readability';
     Object.assign(globalThis, { UpstreamVerify: { parseOriginal, extractArticle, compareArticles, Readability } });`,
    join(root, 'utils/verify'),
  );
  // db.ts and lookups.ts import only dexie and types: no extension API to stub.
  const storeJs = await bundle(`import { db } from './db'; import { readLookup } from './lookups'; Object.assign(globalThis, { UpstreamStore: { db, readLookup } });`, join(root, 'utils/store'));
  return {
    verifyJs, storeJs, seed, originalHtml: original,
    article: { words: countWords(paragraphs), paragraphs: paragraphs.length, htmlBytes: Buffer.byteLength(original), copyWords: countWords(copyParagraphs) },
    pages: new Map([['/verify/copy', copy], ['/verify/store', '<!doctype html><html><head><meta charset="utf-8"><title>Upstream cache bench</title></head><body></body></html>']]),
  };
}
type Prepared = Awaited<ReturnType<typeof prepareVerify>>;

/** Both measurements, each in its own fresh page of `context` (whose requests stay on `origin`). */
export async function measureVerify(context: BrowserContext, origin: string, prepared: Prepared) {
  const copyPage = await context.newPage();
  await copyPage.goto(`${origin}/verify/copy`, { waitUntil: 'load' });
  await copyPage.evaluate(prepared.verifyJs);
  const article = await copyPage.evaluate(({ html, originalUrl, copyUrl, runs }) => {
    const { parseOriginal, extractArticle, compareArticles, Readability } = (globalThis as unknown as VerifyGlobals).UpstreamVerify;
    const copyAddress = new URL(copyUrl); // the copy's real address, as the injected script gets it
    const verify = () => {
      const t0 = performance.now();
      const original = parseOriginal(html, originalUrl);
      const t1 = performance.now();
      const copy = extractArticle(document, copyAddress);
      const t2 = performance.now();
      const comparison = compareArticles(copy, original.article);
      const t3 = performance.now();
      return { original, comparison, total: t3 - t0, parse: t1 - t0, extract: t2 - t1, compare: t3 - t2 };
    };
    // Readability alone on the same page (a clone per run, as extractArticle parses one).
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const readability = () => {
      const t0 = performance.now();
      new Readability(parsed.cloneNode(true) as Document).parse();
      return performance.now() - t0;
    };
    const first = verify(); // cold code: the first verification after the worker starts
    for (let i = 1; i < runs.warm; i++) verify();
    for (let i = 0; i < runs.warm; i++) readability();
    const timed = { total: [] as number[], parse: [] as number[], extract: [] as number[], compare: [] as number[], readability: [] as number[] };
    for (let i = 0; i < runs.n; i++) {
      // Interleaved, so a burst of load on the machine hits both figures alike.
      const run = verify();
      timed.total.push(run.total); timed.parse.push(run.parse); timed.extract.push(run.extract); timed.compare.push(run.compare);
      timed.readability.push(readability());
    }
    const { comparison, original } = first;
    return {
      isolated: crossOriginIsolated, firstMs: first.total, timed, comparison,
      original: { title: original.article.title, siteName: original.article.siteName, publishedAt: original.article.publishedAt, paragraphs: original.article.paragraphs.length, upstream: original.upstream?.source ?? null },
    };
  }, { html: prepared.originalHtml, originalUrl: ORIGINAL_URL, copyUrl: COPY_URL, runs: VERIFY_RUNS.perArticle });
  await copyPage.close();

  const storePage = await context.newPage();
  await storePage.goto(`${origin}/verify/store`, { waitUntil: 'load' });
  await storePage.evaluate(prepared.storeJs);
  const cache = await storePage.evaluate(async ({ runs, paragraphs, headlines }) => {
    const { db, readLookup } = (globalThis as unknown as VerifyGlobals).UpstreamStore;
    const lookups = db().lookups;
    // Schema 1 keeps an original's text in its lookup row; a later schema may keep it in an
    // `originals` table (key, article, upstream, lastUsedAt): rows are written as the schema in place stores them.
    const originals = db().tables.find((table) => table.name === 'originals');
    const before = await lookups.count();
    let state = 20250514; // a fixed-seed LCG: the same keys and picks every run
    const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const hosts = ['www.aldar.ma', 'www.hespress.com', 'lematin.ma', 'www.le360.ma', 'www.medias24.com', 'fr.hespress.com', 'www.mapexpress.ma', 'www.leseco.ma', 'www.lavieeco.com', 'www.h24info.ma', 'www.lesiteinfo.com', 'www.yabiladi.com'];
    const sections = ['politique', 'economie', 'societe', 'monde', 'sport', 'culture'];
    const slug = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
    // ~60-word paragraphs from the seed: its article paragraphs and runs of ticker headlines.
    const pool = [...paragraphs];
    for (let i = 0; i + 6 <= headlines.length; i += 5) pool.push(headlines.slice(i, i + 6).join('. '));
    const keyOf = (i: number) => {
      const headline = headlines[i % headlines.length] ?? '';
      return `https://${hosts[i % hosts.length]}/${sections[i % sections.length]}/${2023 + (i % 3)}/${String(1 + (i % 12)).padStart(2, '0')}/${slug(headline)}-${i}`;
    };
    const now = Date.now();
    const record = (i: number): LookupRecord => {
      const key = keyOf(i);
      const finalUrl = `${key}.html`;
      const redirects = 1 + (i % 3); // 1 to 3 hops: a tracker link, a shortener, http to https
      const hops = Array.from({ length: redirects }, (_, h) => ({ url: h === 0 ? key : `https://l.${hosts[(i + h) % hosts.length]}/r/${i.toString(36)}${h}`, status: h === redirects - 1 ? 301 : 302, via: 'http' as const }));
      const title = headlines[i % headlines.length] ?? '';
      const checkedAt = now - Math.floor(random() * 6 * 24 * 3600 * 1000);
      return {
        key,
        outcome: { ok: true, finalUrl, status: 200, contentType: 'text/html; charset=utf-8', hops, title },
        original: {
          url: finalUrl, title, siteName: hosts[i % hosts.length] ?? '', publishedAt: new Date(checkedAt - 3600_000).toISOString(), language: 'fr',
          paragraphs: Array.from({ length: 8 }, (_, p) => pool[(i + p * 3) % pool.length] ?? ''),
        },
        upstream: null,
        checkedAt, expiresAt: now + 7 * 24 * 3600 * 1000, lastUsedAt: checkedAt,
      };
    };
    const sample = record(0);
    const populateStart = performance.now();
    const chunks: number[] = [];
    for (let start = 0; start < runs.entries; start += runs.chunk) {
      const batch = Array.from({ length: Math.min(runs.chunk, runs.entries - start) }, (_, j) => record(start + j));
      const t0 = performance.now();
      if (originals) {
        await lookups.bulkPut(batch.map((r) => ({ key: r.key, outcome: r.outcome, checkedAt: r.checkedAt, expiresAt: r.expiresAt, lastUsedAt: r.lastUsedAt })));
        await originals.bulkPut(batch.map((r) => ({ key: r.key, article: r.original, upstream: r.upstream ?? null, lastUsedAt: r.lastUsedAt })));
      } else {
        await lookups.bulkPut(batch);
      }
      chunks.push(performance.now() - t0);
    }
    const populateMs = performance.now() - populateStart;
    const count = await lookups.count();
    const originalsCount = originals ? await originals.count() : null;
    const estimate = await navigator.storage.estimate();

    const read = async (key: string) => {
      const t0 = performance.now();
      const found = await readLookup(key);
      return { ms: performance.now() - t0, found: found !== undefined };
    };
    const pick = () => keyOf(Math.floor(random() * runs.entries));
    const first = await read(pick());
    await read(pick());
    await read(pick());
    const hits: { ms: number; found: boolean }[] = [];
    const misses: { ms: number; found: boolean }[] = [];
    for (let i = 0; i < runs.reads + runs.misses; i++) {
      // Every 11th call asks for a link never looked up (a new article): spread through the hits.
      if (i % 11 === 10 && misses.length < runs.misses) misses.push(await read(`https://www.example-news.ma/article/${Math.floor(random() * 1e9)}`));
      else hits.push(await read(pick()));
    }
    return {
      before, count, originalsCount, tables: db().tables.map((table) => table.name), populateMs, chunks, recordJsonBytes: JSON.stringify(sample).length, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null,
      firstReadMs: first.ms, hits: hits.map((h) => h.ms), hitsFound: hits.filter((h) => h.found).length, misses: misses.map((m) => m.ms), missesFound: misses.filter((m) => m.found).length,
    };
  }, { runs: VERIFY_RUNS.cache, paragraphs: prepared.seed.paragraphs, headlines: prepared.seed.headlines });
  await storePage.close();
  return { article, cache };
}
type Measured = Awaited<ReturnType<typeof measureVerify>>;

/** The `verify` key of the bench's JSON, the targets it misses, and its lines of the summary. */
export function verifyReport(prepared: Prepared, { article, cache }: Measured) {
  const total = stats(article.timed.total);
  const readability = stats(article.timed.readability);
  const hits = stats(cache.hits);
  const misses = stats(cache.misses);
  const ratio = { median: Number((total.median / readability.median).toPrecision(3)), p95: Number((total.p95 / readability.p95).toPrecision(3)) };
  const report = {
    perArticleMs: {
      page: { ...prepared.article, originalUrl: ORIGINAL_URL, copyUrl: COPY_URL },
      runs: VERIFY_RUNS.perArticle,
      crossOriginIsolated: article.isolated,
      ...total,
      firstCall: round(article.firstMs),
      steps: { parseOriginal: stats(article.timed.parse), extractCopy: stats(article.timed.extract), compareArticles: stats(article.timed.compare) },
      readabilityParse: readability,
      ratioToReadability: ratio,
      comparison: article.comparison, // expected: edited, 1 paragraph cut, 1 added
      original: article.original,
    },
    warmCacheMs: {
      runs: VERIFY_RUNS.cache,
      entriesBefore: cache.before,
      entries: cache.count,
      tables: cache.tables, // 'originals' present: the originals' texts are in their own table, one row per entry here
      originalsRows: cache.originalsCount,
      populate: { totalMs: Math.round(cache.populateMs), perChunkOf5000: stats(cache.chunks) },
      recordJsonBytes: cache.recordJsonBytes,
      storageUsageBytes: cache.usageBytes,
      storageQuotaBytes: cache.quotaBytes,
      firstRead: round(cache.firstReadMs),
      ...hits,
      hitsFound: `${cache.hitsFound}/${cache.hits.length}`,
      missing: { ...misses, found: `${cache.missesFound}/${cache.misses.length}` },
    },
  };
  const failures = [
    total.median > VERIFY_TARGETS.verifyMedianMs && `verification median ${total.median} ms > ${VERIFY_TARGETS.verifyMedianMs} ms`,
    hits.p95 > VERIFY_TARGETS.warmCacheP95Ms && `warm-cache readLookup p95 ${hits.p95} ms > ${VERIFY_TARGETS.warmCacheP95Ms} ms`,
    misses.p95 > VERIFY_TARGETS.warmCacheP95Ms && `warm-cache readLookup (missing key) p95 ${misses.p95} ms > ${VERIFY_TARGETS.warmCacheP95Ms} ms`,
    cache.count !== VERIFY_RUNS.cache.entries + cache.before && `the cache holds ${cache.count} entries, not ${VERIFY_RUNS.cache.entries}`,
    (cache.hitsFound !== cache.hits.length || cache.missesFound !== 0) && `readLookup found ${cache.hitsFound}/${cache.hits.length} cached keys and ${cache.missesFound} missing ones`,
  ].filter((f): f is string => Boolean(f));
  const c = article.comparison;
  const lines = [
    `  verify       median ${total.median} ms, p95 ${total.p95} ms, max ${total.max} ms, first ${report.perArticleMs.firstCall} ms (${prepared.article.words}-word original; parse ${report.perArticleMs.steps.parseOriginal.median} + copy ${report.perArticleMs.steps.extractCopy.median} + compare ${report.perArticleMs.steps.compareArticles.median} ms)`,
    `  verify/readability: ${ratio.median} (median), ${ratio.p95} (p95); readability alone median ${readability.median} ms — the figure that counts on a noisy machine`,
    `  verify result: ${c.verdict}, score ${c.score}, ${c.paragraphsCut} cut, ${c.paragraphsAdded} added (${c.originalWords} vs ${c.copyWords} words)`,
    `  warm cache   readLookup of ${cache.count} entries${cache.originalsCount === null ? '' : ` (+ ${cache.originalsCount} rows in originals)`}: median ${hits.median} ms, p95 ${hits.p95} ms, max ${hits.max} ms (${cache.hits.length} hits); missing keys median ${misses.median} ms, p95 ${misses.p95} ms; first ${report.warmCacheMs.firstRead} ms`,
    `  warm cache   populated in ${(cache.populateMs / 1000).toFixed(1)} s (bulkPut of ${VERIFY_RUNS.cache.chunk}: median ${report.warmCacheMs.populate.perChunkOf5000.median} ms), ~${cache.recordJsonBytes} B a record as JSON, storage usage ${cache.usageBytes === null ? '?' : `${Math.round(cache.usageBytes / 1e6)} MB`}`,
  ];
  return { report, failures, lines };
}
