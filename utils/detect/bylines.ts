import type { PageContext } from './page';

// Kept out of PageContext: only the full detection reads bylines, and the content script,
// which ships PageContext for its quick pass, stays small.

/** Class or id words of bylines and credit lines ("article-byline", "news-info-text", "autor"). */
const BYLINE_CLASS = /byline|author|autor|dateline|source|signature|provider|meta|info|tagline|date/i;

/** Right after an image or its caption: a photo credit ("<figcaption>…</figcaption><span class="author">EFE</span>"). */
function besideImage(element: Element): boolean {
  const before = element.previousElementSibling?.tagName.toUpperCase();
  return before === 'FIGURE' || before === 'FIGCAPTION' || before === 'IMG' || before === 'PICTURE';
}

/**
 * Whether the class, id or itemprop of `element` names a byline (or it is a <cite>, or a link
 * marked rel=author), and all three together stay short. The three are tested as one string
 * (none of the words holds a space, so none spans two of them): the walk runs this on every
 * element it meets, and one test costs less than three.
 */
function bylineLabelled(element: Element): boolean {
  // <cite>: where portals put the provider's name and date ("<cite>北京新浪網 (2020-01-21)</cite>").
  if (!element.hasAttributes()) return element.localName === 'cite';
  // The property costs less than getAttribute(); an SVG element's is no string.
  const property = element.className;
  const labels = `${typeof property === 'string' ? property : (element.getAttribute('class') ?? '')} ${element.id} ${element.getAttribute('itemprop') ?? ''}`;
  if (labels.length > 300) return false;
  if (BYLINE_CLASS.test(labels)) return true;
  const name = element.localName;
  // HTML's own mark for a link to the author: <a rel="author">.
  return name === 'cite' || (name === 'a' && /\bauthor\b/i.test(element.getAttribute('rel') ?? ''));
}

/** Elements looked at in each neighbour: bylines head their block (20, 40 and 150 give every labelled page the same answers). */
const MAX_WALKED = 40;

const bylinesByPage = new WeakMap<PageContext, string[]>();

/** Bylines and author lines around the story: where a wire credit sits on partner sites. */
export function bylines(page: PageContext): string[] {
  let texts = bylinesByPage.get(page);
  if (!texts) bylinesByPage.set(page, (texts = findBylines(page)));
  return texts;
}

function findBylines(page: PageContext): string[] {
  const texts: string[] = [];
  for (const key of ['author', 'article:author', 'og:article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']) {
    const value = page.meta(key);
    if (value && value.length < 200 && !/^https?:/i.test(value)) texts.push(value);
  }
  // Bylines sit just before the story, at its start or at its end: only those neighbours are
  // read (a page-wide search costs more than the rest of detection together). Their text is
  // not searched first: the quick pass did that before this page was sent here, and it names
  // a source on most pages, so searching again cost more than the walk it could save.
  for (const root of page.storyNeighbours()) {
    if (page.inOtherStory(root)) continue;
    // The first elements of each neighbour only, walked (a selector would list the whole
    // subtree first), with one regular-expression test each.
    const walker = page.document.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    for (let element: Element | null = root, seen = 0; element && seen < MAX_WALKED && texts.length < 30; element = walker.nextNode() as Element | null, seen++) {
      // A byline is a small element: a container of many is no byline, and its text is costly to read.
      if (!bylineLabelled(element) || element.childElementCount > 12) continue;
      const text = page.read(element);
      // The root belongs to no other story, so asking the whole way up is asking up to the root.
      if (!text || text.length > 300 || page.inOtherStory(element) || besideImage(element)) continue;
      texts.push(text.replace(/\s+/g, ' ').trim());
    }
  }
  // Nested bylines repeat each other's text: each is searched once.
  return [...new Set(texts)].filter(Boolean);
}
