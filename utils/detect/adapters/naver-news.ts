import { toHttpUrl } from '../../resolve/url';
import { clean, isoDate } from '../text';
import type { AdapterResult, SiteAdapter, Signal } from '../types';

/**
 * Naver News hosts partner articles at `n.news.naver.com/(mnews/)article/<press id>/<article id>`.
 * The header names the press in `a.media_end_head_top_logo img[title|alt]` (also
 * `meta[property="og:article:author"]`, "이데일리 | 네이버"), the time in
 * `span._ARTICLE_DATE_TIME[data-date-time]` ("2024-09-01 23:55:07", Korean time), and the
 * "기사원문" (original article) link is `a.media_end_head_origin_link`. Many public Naver crawlers
 * read exactly these selectors (see the fixture's comment).
 */
const ARTICLE_PATH = /^\/(?:mnews\/)?article\/\d{3}\/\d{10}\/?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function pressName(document: Document): string {
  const logo = document.querySelector('a.media_end_head_top_logo img');
  const fromLogo = clean(logo?.getAttribute('title') || logo?.getAttribute('alt'), 80);
  if (fromLogo) return fromLogo;
  const author = document.querySelector('meta[property="og:article:author"]')?.getAttribute('content') ?? '';
  return clean(author.split('|')[0], 80);
}

// Naver prints Korean time without an offset: make it full ISO 8601 at +09:00.
function publishedAt(document: Document): string | undefined {
  const raw = document.querySelector('span._ARTICLE_DATE_TIME')?.getAttribute('data-date-time')?.trim() ?? '';
  const match = DATE_TIME.exec(raw);
  if (!match) return undefined;
  const day = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return day ? `${day}T${match[4]}:${match[5]}:${match[6]}+09:00` : undefined;
}

function extract(document: Document, url: URL): AdapterResult | null {
  const name = pressName(document);
  if (!name) return null;
  const signals: Signal[] = [{ kind: 'credit-line', evidence: name, weight: 0.6, where: 'a.media_end_head_top_logo' }];
  const link = document.querySelector('a.media_end_head_origin_link');
  const rawHref = link?.getAttribute('href') ?? null;
  const original = toHttpUrl(rawHref, url);
  if (rawHref) {
    signals.push(
      original
        ? { kind: 'source-link', evidence: `${clean(link?.textContent, 40)} → ${clean(original.href, 300)}`, weight: 0.5, where: 'a.media_end_head_origin_link' }
        : { kind: 'unsafe-link', evidence: clean(rawHref, 120), weight: 0, where: 'a.media_end_head_origin_link' },
    );
  }
  const date = publishedAt(document);
  const title = clean(document.querySelector('#title_area')?.textContent, 300);
  return {
    source: { name, ...(original ? { url: original.href } : {}), ...(date ? { publishedAt: date } : {}) },
    ...(title ? { title } : {}),
    signals,
  };
}

export const naverNews: SiteAdapter = {
  id: 'naver-news',
  matches: (url) => url.hostname.toLowerCase() === 'n.news.naver.com' && ARTICLE_PATH.test(url.pathname),
  exampleUrls: [
    'https://n.news.naver.com/mnews/article/014/0005055867?sid=105',
    'https://n.news.naver.com/article/001/0016105365?sid=101',
    'https://n.news.naver.com/mnews/article/003/0012577249',
  ],
  extract,
};
