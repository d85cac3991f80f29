// Detection quality over labelled pages: the shared corpus of real saved pages (read in place,
// never copied) and the project's own fixtures. Used by `npm run eval` and by the unit tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detect } from '../../utils/detect';
import { nameKey } from '../../utils/detect/page';
import { knownSource } from '../../utils/detect/sources';
import { fixtureCases, parsePage } from '../fixtures/load';

export interface Labelled {
  id: string;
  url: string;
  html: string;
  republished: boolean;
  name: string | null;
  urls: string[];
  date: string | null;
}

export const CORPUS = resolve(__dirname, '../../../shared/fixtures/pages-corpus');

export function corpusPages(): Labelled[] {
  if (!existsSync(`${CORPUS}/manifest.json`)) return [];
  const manifest = JSON.parse(readFileSync(`${CORPUS}/manifest.json`, 'utf8')) as {
    id: string;
    file: string;
    page_url: string | null;
    is_republished: boolean;
    expected_source_name: string | null;
    expected_original_url: string | null;
    also_acceptable_original_urls: string[];
    expected_original_date: string | null;
  }[];
  return manifest.map((record) => ({
    id: record.id,
    // One page's URL is unknown; a neutral host keeps every other host "elsewhere".
    url: record.page_url ?? `https://unknown.invalid/${record.id}`,
    html: readFileSync(`${CORPUS}/${record.file}`, 'utf8'),
    republished: record.is_republished,
    name: record.expected_source_name,
    urls: record.expected_original_url ? [record.expected_original_url, ...record.also_acceptable_original_urls] : [],
    date: record.expected_original_date,
  }));
}

export function fixturePages(): Labelled[] {
  return fixtureCases().map((fixture) => ({
    id: `fixture:${fixture.adapter}/${fixture.name}`,
    url: fixture.expected.url,
    html: fixture.html,
    republished: fixture.expected.detected,
    name: fixture.expected.source?.name ?? null,
    urls: fixture.expected.source?.url ? [fixture.expected.source.url] : [],
    date: fixture.expected.source?.publishedAt?.slice(0, 10) ?? null,
  }));
}

const PAGES = resolve(__dirname, '../pages');
const HOLDOUT = resolve(__dirname, '../holdout');

/** Labelled pages kept one to a folder (`<dir>/<id>/source.html` and `expected.json`). */
function labelledFolders(dir: string, prefix: string): Labelled[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/expected.json`))
    .map((entry) => {
      const expected = JSON.parse(readFileSync(`${dir}/${entry.name}/expected.json`, 'utf8')) as {
        url: string;
        republished: boolean;
        source_name: string | null;
        original_url: string | null;
        also_acceptable_original_urls?: string[];
        original_date: string | null;
      };
      return {
        id: `${prefix}${entry.name}`,
        url: expected.url,
        html: readFileSync(`${dir}/${entry.name}/source.html`, 'utf8'),
        republished: expected.republished,
        name: expected.source_name,
        urls: expected.original_url ? [expected.original_url, ...(expected.also_acceptable_original_urls ?? [])] : [],
        date: expected.original_date,
      };
    });
}

/** The project's own labelled pages (tests/pages/): real pages from public extraction test sets, part of development. */
export function projectPages(): Labelled[] {
  return labelledFolders(PAGES, 'page:');
}

/**
 * Pages held out of development (tests/holdout/<id>/): labelled before any detection ran on
 * them and never used to tune it, so their figures say how detection does on pages not seen.
 */
export function holdoutPages(): Labelled[] {
  return labelledFolders(HOLDOUT, 'holdout:');
}

/**
 * Same outlet: one name holds the other, both name the same known agency, or the name found is
 * a host whose domain label the expected name holds ("newsdig.tbs.co.jp" for "TBS NEWS DIG").
 */
export function sameName(found: string, expected: string): boolean {
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(found)) {
    const labels = found.split('.').filter((label) => label.length >= 3 && !['www', 'com', 'net', 'org'].includes(label));
    if (labels.some((label) => nameKey(expected).includes(nameKey(label)))) return true;
  }
  const a = nameKey(found);
  const parts = [expected, ...expected.split(/[(),،|/]| via /)].map((part) => part.trim()).filter(Boolean);
  return parts.some((part) => {
    const b = nameKey(part);
    if (a.length >= 2 && b.length >= 2 && (a === b || (a.length >= 3 && b.includes(a)) || (b.length >= 3 && a.includes(b)))) return true;
    const known = knownSource(part);
    return known !== undefined && known === knownSource(found);
  });
}

export function sameUrl(found: string, expected: string): boolean {
  const key = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '').toLowerCase();
  return key(found) === key(expected);
}


export interface Evaluation {
  report: {
    pages: number;
    positives: number;
    negatives: number;
    precision: number | null;
    recall: number | null;
    sourceName: { right: number; of: number; accuracy: number | null };
    originalUrl: { right: number; of: number; accuracy: number | null };
    originalDate: { right: number; of: number; accuracy: number | null };
    confusion: { tp: number; fp: number; fn: number; tn: number };
  };
  misses: string[];
  falsePositives: string[];
}

/** Runs detect() on every page and scores it against the labels. */
export function evaluate(pages: Labelled[]): Evaluation {
  const falsePositives: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let nameTotal = 0;
  let nameRight = 0;
  let urlTotal = 0;
  let urlRight = 0;
  let dateTotal = 0;
  let dateRight = 0;
  const misses: string[] = [];

  for (const page of pages) {
    const detection = detect(parsePage(page.html, page.url), new URL(page.url));
    if (!page.republished) {
      if (detection) {
        fp++;
        falsePositives.push(page.id);
        misses.push(`FALSE POSITIVE ${page.id}: ${detection.source.name ?? detection.source.url} (${detection.signals.map((s) => `${s.kind}: ${s.evidence}`).join(' | ')})`);
      } else tn++;
      continue;
    }
    if (detection) tp++;
    else {
      fn++;
      misses.push(`MISSED ${page.id} (expected ${page.name})`);
    }
    const source = detection?.source;
    if (page.name) {
      nameTotal++;
      if (source?.name && sameName(source.name, page.name)) nameRight++;
      else if (detection) misses.push(`NAME ${page.id}: got ${source?.name ?? '—'}, expected ${page.name}`);
    }
    if (page.urls.length > 0) {
      urlTotal++;
      const found = source?.url;
      if (found && page.urls.some((url) => sameUrl(found, url))) urlRight++;
      else if (detection) misses.push(`URL ${page.id}: got ${source?.url ?? '—'}, expected ${page.urls[0]}`);
    }
    if (page.date) {
      dateTotal++;
      if (source?.publishedAt?.slice(0, 10) === page.date) dateRight++;
      else if (detection) misses.push(`DATE ${page.id}: got ${source?.publishedAt ?? '—'}, expected ${page.date}`);
    }
  }

  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  const report = {
    pages: pages.length,
    positives: tp + fn,
    negatives: tn + fp,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    sourceName: { right: nameRight, of: nameTotal, accuracy: ratio(nameRight, nameTotal) },
    originalUrl: { right: urlRight, of: urlTotal, accuracy: ratio(urlRight, urlTotal) },
    originalDate: { right: dateRight, of: dateTotal, accuracy: ratio(dateRight, dateTotal) },
    confusion: { tp, fp, fn, tn },
  };
  return { report, misses, falsePositives };
}
