import type { PageContext } from '../page';
import { clean } from '../text';
import { nameForUrl } from './links';
import type { Finding } from './types';

/** A translator's credit: "Übersetzt von …", "translated by …", "traduit par …", "ترجمة: …". */
const TRANSLATED = /(?:übersetzt|translated|traduit|traduction|traducido|traducción|traduzido|tradução|tradotto|traduzione|przetłumaczył\w*|перевод|перевела?|ترجمة|翻訳|翻译)\s*(?:von|by|par|por|da|de|ins|von|:|：)/iu;

/** "es.globalvoices.org" → "es": sites that keep each language on its own sub-domain. */
function languageOfHost(url: URL): string {
  const label = url.hostname.split('.')[0] ?? '';
  return /^[a-z]{2}$/.test(label) ? label : '';
}

/**
 * A translation of another article: a translator's credit, with the original named by the
 * page's language alternates (`x-default`, or another language's version).
 */
export function translationSignals(page: PageContext): Finding[] {
  const { head, tail } = page.storyText();
  const credit = [...page.bylines(), head, tail].map((text) => TRANSLATED.exec(text)).find(Boolean);
  if (!credit) return [];
  const pageLanguage = (page.document.documentElement.getAttribute('lang') ?? page.meta('og:locale') ?? '').slice(0, 2).toLowerCase();
  const here = page.url.href.replace(/[?#].*$/, '');
  let best: { url: URL; rank: number } | undefined;
  // Language versions: <link hreflang> in the head, or the page's own "read this in …" links.
  const alternates = page.document.querySelectorAll('link[rel~="alternate" i][hreflang], a[hreflang], [class*="translation" i] a[href]');
  for (let i = 0; i < alternates.length && i < 80; i++) {
    const url = page.link(alternates[i]?.getAttribute('href'));
    const language = (alternates[i]?.getAttribute('hreflang') ?? (url ? languageOfHost(url) : '')).toLowerCase();
    if (!url || !language || url.href.replace(/[?#].*$/, '') === here || language.startsWith(pageLanguage || '-')) continue;
    // The default version is usually the original; English next, as most translations start there.
    const rank = language === 'x-default' ? 0 : language.startsWith('en') ? 1 : 2;
    if (!best || rank < best.rank) best = { url, rank };
  }
  const evidence = clean(credit.input.slice(credit.index, credit.index + 80), 120);
  return [
    {
      kind: 'translation',
      evidence: best ? `${evidence} · ${clean(best.url.href, 200)}` : evidence,
      weight: best ? 0.75 : 0.5,
      claim: best ? { url: best.url.href, name: nameForUrl(best.url) } : {},
    },
  ];
}
