import { asciiDigits, clean, isoDate } from '../text';
import type { AdapterResult, SiteAdapter, Signal } from '../types';

/**
 * Daum News (Kakao) shows partner articles at `v.daum.net/v/<17-digit id>` (formerly
 * `news.v.daum.net`). The press is named in `meta[name="article:media_name"]`, the title is
 * `h3.tit_view`, the input time `.info_view .num_date` ("2026. 1. 6. 16:19"). Public Daum
 * crawlers read exactly these (see the fixture's comment). No original link is shown.
 */
const ARTICLE_PATH = /^\/v\/\d{17}\/?$/;
const DAUM_DATE = /(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\./;

function extract(document: Document): AdapterResult | null {
  const name = clean(document.querySelector('meta[name="article:media_name"]')?.getAttribute('content'), 80);
  if (!name) return null;
  const signals: Signal[] = [{ kind: 'meta', evidence: `article:media_name = ${name}`, weight: 0.6, where: 'meta[name="article:media_name"]' }];
  const match = DAUM_DATE.exec(asciiDigits(clean(document.querySelector('.num_date')?.textContent, 40)));
  const publishedAt = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  const title = clean(document.querySelector('h3.tit_view')?.textContent, 300);
  return {
    source: { name, ...(publishedAt ? { publishedAt } : {}) },
    ...(title ? { title } : {}),
    signals,
  };
}

export const daumNews: SiteAdapter = {
  id: 'daum-news',
  matches: (url) => ['v.daum.net', 'news.v.daum.net'].includes(url.hostname.toLowerCase()) && ARTICLE_PATH.test(url.pathname),
  exampleUrls: [
    'https://v.daum.net/v/20260927093939078',
    'https://news.v.daum.net/v/20210226111838232',
    'https://news.v.daum.net/v/20210709130546178',
  ],
  extract,
};
