import { toHttpUrl } from '../../resolve/url';
import { clean, isoDate } from '../text';
import type { AdapterResult, SiteAdapter, Signal } from '../types';

/**
 * MSN republishes partner articles at `www.msn.com/<locale>/<section>/…/ar-<ID>`. The saved
 * page in postlight/parser (fixtures/www.msn.com.html) names the partner in
 * `span.partner` (a link to the outlet's home page around its logo, `img[alt]` and name), dates
 * it in `span.time` ("9/21/2016") and points `link[rel=canonical]` at the outlet's article.
 * MSN's own pieces have neither a partner nor an outside canonical: those are not republished.
 */
const ARTICLE_PATH = /^\/([a-z]{2}-[a-z]{2})\/(?:[\w-]{1,80}\/){1,6}ar-[A-Za-z0-9]{5,16}\/?$/i;

function isMsnHost(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === 'msn.com' || lower.endsWith('.msn.com');
}

function partnerName(document: Document): string {
  const partner = document.querySelector('span.partner');
  if (!partner) return '';
  return clean(partner.textContent, 80) || clean(partner.querySelector('img[alt]')?.getAttribute('alt'), 80);
}

// `span.time` is written in the locale's order; only en-us (M/D/YYYY) is certain.
function partnerDate(document: Document, locale: string): string | undefined {
  if (locale.toLowerCase() !== 'en-us') return undefined;
  const match = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(clean(document.querySelector('span.time')?.textContent, 40));
  return match ? isoDate(Number(match[3]), Number(match[1]), Number(match[2])) : undefined;
}

function extract(document: Document, url: URL): AdapterResult | null {
  const locale = ARTICLE_PATH.exec(url.pathname)?.[1] ?? '';
  const name = partnerName(document);
  const canonical = toHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), url);
  const outside = canonical && !isMsnHost(canonical.hostname) ? canonical : null;
  if (!name && !outside) return null;

  const signals: Signal[] = [];
  if (name) signals.push({ kind: 'credit-line', evidence: name, weight: 0.6, where: 'span.partner' });
  if (outside) signals.push({ kind: 'canonical', evidence: clean(outside.href, 300), weight: 0.5, where: 'link[rel=canonical]' });
  const publishedAt = partnerDate(document, locale);
  const title = clean(document.querySelector('h1')?.textContent, 300);
  return {
    source: {
      ...(name ? { name } : {}),
      ...(outside ? { url: outside.href } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    },
    ...(title ? { title } : {}),
    signals,
  };
}

export const msn: SiteAdapter = {
  id: 'msn',
  matches: (url) => isMsnHost(url.hostname) && ARTICLE_PATH.test(url.pathname),
  exampleUrls: [
    'http://www.msn.com/en-us/health/wellness/this-is-your-brain-on-sad-movies-plus-5-films-to-cry-to/ar-BBwsPWG?li=BBnb2gg',
    'https://www.msn.com/en-us/news/politics/trump-cabinet-picks-live-updates-latest-news-on-his-return-to-the-presidency/ar-AA1uj432',
    'http://www.msn.com/en-us/health/wellness/7-terrible-health-tips-from-gwyneth-paltrow/ar-BBwQ8Ak',
  ],
  extract,
};
