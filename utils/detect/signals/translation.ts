import { bylines } from '../bylines';
import { dateInUrl } from '../dates';
import type { PageContext } from '../page';
import { clean } from '../text';
import { nameForUrl } from './links';
import { MAY_BE_TRANSLATED, TRANSLATED } from './triggers';
import type { Finding } from './types';


/** "es.globalvoices.org" → "es": sites that keep each language on its own sub-domain. */
function languageOfHost(url: URL): string {
  const label = url.hostname.split('.')[0] ?? '';
  return /^[a-z]{2}$/.test(label) ? label : '';
}

const MAX_ALTERNATES = 80;

/**
 * Language versions: <link hreflang> in the head, or the page's own "read this in …" links,
 * the first MAX_ALTERNATES in page order. As one selector, `[class*="translation" i] a[href]`
 * tests every link's parents (2 ms on a page of Global Voices): the containers are found first.
 */
function alternateLinks(document: Document): Element[] {
  // Only the first MAX_ALTERNATES of each list can be among the first of all.
  const first = (list: NodeListOf<Element>) => Array.from(list).slice(0, MAX_ALTERNATES);
  const found = new Set(first(document.querySelectorAll('link[rel~="alternate" i][hreflang], a[hreflang]')));
  for (const container of document.querySelectorAll('[class*="translation" i]')) {
    for (const link of first(container.querySelectorAll('a[href]'))) found.add(link);
  }
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows */ ? -1 : 1));
}

/**
 * A translation of another article: a translator's credit, with the original named by the
 * page's language alternates (`x-default`, or another language's version).
 */
export function translationSignals(page: PageContext): Finding[] {
  const { head, tail } = page.storyText();
  const credit = [...bylines(page), head, tail].map((text) => (MAY_BE_TRANSLATED.test(text) ? TRANSLATED.exec(text) : null)).find(Boolean);
  if (!credit) return [];
  const pageLanguage = (page.document.documentElement.getAttribute('lang') ?? page.meta('og:locale') ?? '').slice(0, 2).toLowerCase();
  const here = page.url.href.replace(/[?#].*$/, '');
  let best: { url: URL; rank: number; date: string } | undefined;
  const alternates = alternateLinks(page.document);
  for (let i = 0; i < alternates.length && i < MAX_ALTERNATES; i++) {
    const url = page.link(alternates[i]?.getAttribute('href'));
    const language = (alternates[i]?.getAttribute('hreflang') ?? (url ? languageOfHost(url) : '')).toLowerCase();
    if (!url || !language || url.pathname.length <= 1 || url.href.replace(/[?#].*$/, '') === here || language.startsWith(pageLanguage || '-')) continue;
    // The default version is usually the original; English next, as most translations start
    // there; among the rest the earliest dated one, since a translation follows its original.
    const rank = language === 'x-default' ? 0 : language.startsWith('en') ? 1 : 2;
    const date = dateInUrl(url) ?? '9999';
    if (!best || rank < best.rank || (rank === best.rank && date < best.date)) best = { url, rank, date };
  }
  const evidence = clean(credit.input.slice(credit.index, credit.index + 80), 120);
  return [
    {
      kind: 'translation',
      evidence: best ? `${evidence} · ${clean(best.url.href, 200)}` : evidence,
      weight: best ? 0.75 : 0.5,
      claim: best ? { url: best.url.href, name: nameForUrl(best.url), ...(dateInUrl(best.url) ? { publishedAt: dateInUrl(best.url) } : {}) } : {},
    },
  ];
}
