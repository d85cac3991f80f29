import { PageContext } from './page';
import { SOURCE_ALTERNATION } from './sources';
import { CREDIT_TRIGGER, OUTLET_WORD, READ_ORIGINAL, TRANSLATED } from './signals/triggers';

// The content script's notion of "same site": the host without "www.". It errs towards
// "elsewhere", so the quick pass flags at least every page the full detection would.
const hostSite = (hostname: string) => hostname.replace(/^www\./, '');

/** A known source's name standing alone: "(AP)", "AFP, MANILA", "© dpa-AFX", "By Le Monde". */
let sourcePattern: RegExp | undefined;
const knownName = () => (sourcePattern ??= new RegExp(`(?:^|[^\\p{L}])(?:${SOURCE_ALTERNATION})(?![\\p{L}])`, 'u'));

/** Reuters' signature. */
const WIRE_SHAPE = /\(reporting by/i;

function headSaysElsewhere(page: PageContext): boolean {
  const elsewhere = (raw: string | null | undefined) => {
    const url = page.link(raw);
    return url !== null && !page.isOwnUrl(url);
  };
  const document = page.document;
  if (elsewhere(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) || elsewhere(page.meta('og:url'))) return true;
  if (document.querySelector('link[rel~="syndication-source" i], link[rel~="original-source" i]')) return true;
  if (['syndication-source', 'original-source', 'dc.source', 'dcterms.source', 'source', 'article:source'].some((key) => page.meta(key))) return true;
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.includes('isBasedOn')) return true;
    // An agency as author (the signal reads every author's name, wherever it sits in the block).
    if (text.includes('"author"') && knownName().test(text.slice(0, 100_000))) return true;
  }
  return false;
}

/** "Name, The Outlet Word …" anywhere in a text: the unanchored form of a byline naming an outlet. */
const COMMA_OUTLET = /\p{Lu}[\p{L}'’.-]+,\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})/gu;

function storySaysElsewhere(page: PageContext): boolean {
  const { head, tail } = page.storyText();
  // Every byline detect() reads lies inside this text: searching it once is cheaper than each.
  const around = page.neighbourText();
  for (const text of [head, tail, around]) {
    if (CREDIT_TRIGGER.test(text) || TRANSLATED.test(text) || WIRE_SHAPE.test(text) || knownName().test(text)) return true;
  }
  for (const match of around.matchAll(COMMA_OUTLET)) if (OUTLET_WORD.test(match[1] ?? '')) return true;
  const scope = page.story()?.parentElement?.parentElement ?? page.document.body;
  const anchors = scope?.querySelectorAll('a[href]') ?? [];
  for (let i = 0; i < anchors.length && i < 500; i++) {
    const text = anchors[i]?.textContent;
    if (text && text.length < 120 && READ_ORIGINAL.test(text.trim())) return true;
  }
  return false;
}

/**
 * The quick pass run on every page: true when the page may republish another outlet's
 * article. It reads the same places as `detect()` for the words and links every signal needs,
 * without the signals themselves or the public suffix list; the background then runs the full
 * `detect()` in the page. Site adapters are matched by URL in the background.
 */
export function looksRepublished(document: Document, url: URL): boolean {
  try {
    const page = new PageContext(document, url, hostSite);
    return headSaysElsewhere(page) || storySaysElsewhere(page);
  } catch {
    return false;
  }
}
