import { accentlessKey, PageContext } from './page';
import { AGENCY_WORD, mentionsSource, namesKnownSource, READ_ORIGINAL } from './signals/triggers';

// The content script's notion of "same site": the host without "www.". It errs towards
// "elsewhere", so the quick pass flags at least every page the full detection would.
const hostSite = (hostname: string) => hostname.replace(/^www\./, '');

/** An organisation as a JSON-LD author: the full detection compares it with the publisher. */
const AUTHOR_ORGANISATION = /"author"\s*:\s*\[?\s*\{[^{}]*"@type"\s*:\s*"\w*(?:Organization|Corporation)"/;

function headSaysElsewhere(page: PageContext): boolean {
  const elsewhere = (raw: string | null | undefined) => {
    const url = page.link(raw);
    return url !== null && !page.isOwnUrl(url);
  };
  const document = page.document;
  if (elsewhere(page.linkHref('canonical')) || elsewhere(page.meta('og:url'))) return true;
  if (page.linkHref('syndication-source') || page.linkHref('original-source')) return true;
  if (['syndication-source', 'original-source', 'dc.source', 'dcterms.source', 'source', 'article:source'].some((key) => page.meta(key))) return true;
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.includes('isBasedOn')) return true;
    // An agency as author (the signal reads every author's name, wherever it sits in the block).
    if (text.includes('"author"') && (AUTHOR_ORGANISATION.test(text) || AGENCY_WORD.test(text) || namesKnownSource(text.slice(0, 100_000)))) return true;
  }
  return false;
}

function storySaysElsewhere(page: PageContext): boolean {
  const { head, tail } = page.storyText();
  // Every byline detect() reads lies inside this text: searching it once is cheaper than each.
  const around = page.neighbourText();
  if ([head, tail, around].some(mentionsSource)) return true;
  const scope = page.story()?.parentElement?.parentElement ?? page.document.body;
  const anchors = scope?.querySelectorAll('a[href]') ?? [];
  for (let i = 0; i < anchors.length && i < 500; i++) {
    const text = anchors[i]?.textContent;
    if (text && text.length < 120 && READ_ORIGINAL.test(text.trim())) return true;
  }
  return false;
}

/** A byline naming the site that serves the article's picture (the full detection's "sister title" signal). */
function bylineNamesImageSite(page: PageContext): boolean {
  const image = page.link(page.meta('og:image') ?? page.story()?.querySelector('img[src]')?.getAttribute('src'));
  if (!image || page.isOwnUrl(image)) return false;
  const text = accentlessKey(page.neighbourText());
  return image.hostname.split('.').some((label) => label.length >= 4 && text.includes(label));
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
    return headSaysElsewhere(page) || storySaysElsewhere(page) || bylineNamesImageSite(page);
  } catch {
    return false;
  }
}
