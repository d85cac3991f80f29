import { unwrapLink } from '../resolve/unwrap';
import { mentionsSource } from './signals/triggers';
import { toHttpUrl } from '../resolve/url';
import { knownSource } from './sources';

/** Caps that keep detection fast on any page, hostile ones included. */
const MAX_PARAGRAPHS = 600;
const MAX_CHILDREN = 300;
const HEAD_CHARS = 1500;
const TAIL_CHARS = 2500;

// Children of the story whose text never credits its source: code, navigation, other stories,
// and photo credits ("Foto: …/Reuters", "(Photo by … / AFP)").
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'BUTTON', 'SELECT', 'FORM', 'IFRAME', 'VIDEO', 'IMG']);
const SKIPPED_CLASS = /(?:^|[\s_-])(?:caption|credits?|photo|image|img|foto|gallery|related|recommend\w*|sidebar|teaser|promo|newsletter|comments?|share|social|breadcrumbs?|cookie|banner|widget|trending|popular|menu|advert\w*|ad|ads|excerpt|more|latest|archives?)(?:$|[\s_-])/i;


/** Stories written as bare text with <br> (no <p>) sit in a container named for them. */
const STORY_CONTAINER = '[itemprop="articleBody"], [class*="article-content" i], [class*="article-body" i], [class*="article-text" i], [class*="story-body" i], [class*="entry-content" i], [class*="post-content" i], article';

/** Class or id words of bylines and credit lines ("article-byline", "news-info-text", "autor"). */
const BYLINE_CLASS = /byline|author|autor|dateline|source|signature|provider|meta|info|tagline|date/i;

const NOT_TEXT = 'script, style, figure, figcaption, noscript';

/** Right after an image or its caption: a photo credit ("<figcaption>…</figcaption><span class="author">EFE</span>"). */
function besideImage(element: Element): boolean {
  const before = element.previousElementSibling?.tagName.toUpperCase();
  return before === 'FIGURE' || before === 'FIGCAPTION' || before === 'IMG' || before === 'PICTURE';
}

/** Containers of another story or of a picture: a byline inside one is not this story's ("By REUTERS" in a sidebar). */
const OTHER_STORY_TAGS = new Set(['ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'FOOTER']);
const OTHER_STORY_CLASS = /related|teaser|sidebar|recommend|widget|trending|popular|excerpt|slideshow|gallery|caption/i;

/**
 * Whether `element` (up to `root`, or the whole way up) belongs to another story or a picture,
 * walked up by hand: `closest()` with a list of substring selectors was the largest cost in a
 * profile of detect().
 */
function inOtherStory(element: Element, root: Element | null): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (OTHER_STORY_TAGS.has(node.tagName.toUpperCase())) return true;
    const className = node.getAttribute('class');
    if (className && OTHER_STORY_CLASS.test(className)) return true;
    const itemprop = node.getAttribute('itemprop');
    if (itemprop === 'associatedMedia' || itemprop === 'image') return true;
    if (node.tagName.toUpperCase() === 'A' && (node.textContent?.length ?? 0) > 80) return true;
  }
  return false;
}

function skipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const className = element.getAttribute('class');
  return !!className && className.length < 300 && SKIPPED_CLASS.test(className);
}

/** An element's text without scripts, styles and captions (textContent would include them). */
function textOf(element: Element, depth: number): string {
  if (depth > 6 || element.querySelector(NOT_TEXT) === null) return element.textContent ?? '';
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !skipped(node as Element)) text += ` ${textOf(node as Element, depth + 1)} `;
  }
  return text;
}

/** The story's text where credits sit: its beginning and its end. */
export interface StoryText {
  head: string;
  tail: string;
}

/** Compares outlet names: lower case, letters and digits only ("Al Jazeera News" → "aljazeeranews"). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "The New York Times" → "nytimes": initials and the last word, as domains abbreviate names. */
function abbreviated(name: string): string {
  const words = name.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < 2) return '';
  return words.slice(0, -1).map((word) => word[0]).join('') + words[words.length - 1];
}

/** The registrable domain of a host name ("news.bbc.co.uk" → "bbc.co.uk"). */
export type SiteOf = (hostname: string) => string;

/** What every signal needs to know about the page, read lazily and at most once. */
export class PageContext {
  readonly site: string;
  private readonly siteLabel: string;
  private metaCache: Map<string, string> | undefined;
  private linkCache: Map<string, string> | undefined;
  private ownNamesCache: string[] | undefined;
  private storyCache: StoryText | undefined;
  private storyElement: Element | null | undefined;
  private jsonLdCache: Record<string, unknown>[] | undefined;
  private bylineCache: string[] | undefined;

  readonly url: URL;

  constructor(
    readonly document: Document,
    pageUrl: URL,
    private readonly siteOf: SiteOf,
  ) {
    // An archived copy of a page is judged as the page it archives.
    this.url = unwrapLink(pageUrl);
    this.site = siteOf(this.url.hostname);
    this.siteLabel = nameKey(this.site.split('.')[0] ?? this.site);
  }

  /** `<meta>` contents by lower-cased name or property (first one wins). */
  meta(key: string): string | undefined {
    if (!this.metaCache) {
      this.metaCache = new Map();
      const metas = this.document.querySelectorAll('meta[content]');
      for (let i = 0; i < metas.length && i < 400; i++) {
        const meta = metas[i];
        const name = (meta?.getAttribute('name') ?? meta?.getAttribute('property') ?? meta?.getAttribute('itemprop'))?.toLowerCase();
        const content = meta?.getAttribute('content');
        if (name && content && !this.metaCache.has(name)) this.metaCache.set(name, content.slice(0, 2000));
      }
    }
    return this.metaCache.get(key);
  }

  /** The `href` of the first `<link>` with `rel` (lower case), from one pass over the page's links. */
  linkHref(rel: string): string | undefined {
    if (!this.linkCache) {
      this.linkCache = new Map();
      const links = this.document.getElementsByTagName('link');
      for (let i = 0; i < links.length && i < 400; i++) {
        const href = links[i]?.getAttribute('href');
        if (!href) continue;
        for (const name of (links[i]?.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)) {
          if (name && !this.linkCache.has(name)) this.linkCache.set(name, href.slice(0, 4096));
        }
      }
    }
    return this.linkCache.get(rel);
  }

  /** JSON-LD objects, `@graph` flattened; broken blocks are skipped. */
  jsonLd(): Record<string, unknown>[] {
    if (this.jsonLdCache) return this.jsonLdCache;
    const nodes: Record<string, unknown>[] = [];
    const scripts = this.document.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length && i < 20; i++) {
      const text = scripts[i]?.textContent ?? '';
      if (text.length > 300_000) continue;
      try {
        collectNodes(JSON.parse(text) as unknown, nodes, 0);
      } catch {
        // Broken JSON-LD is common; it says nothing.
      }
    }
    this.jsonLdCache = nodes;
    return nodes;
  }

  /** Names the page uses for itself: its site name, publisher, domain. */
  ownNames(): string[] {
    if (this.ownNamesCache) return this.ownNamesCache;
    // Not the JSON-LD publisher: syndicated copies often keep the original's there.
    const names = [this.siteLabel, this.meta('og:site_name'), this.meta('application-name'), this.meta('twitter:site')?.replace(/^@/, '')];
    this.ownNamesCache = names.filter((name): name is string => !!name).map(nameKey).filter((key) => key.length >= 3);
    return this.ownNamesCache;
  }

  /** Whether `name` is the page's own outlet ("SOURCE: Al Jazeera News" on aljazeera.com). */
  isOwnName(name: string): boolean {
    const key = nameKey(name);
    if (key.length < 2) return true;
    if (knownSource(name)?.site === this.site) return true;
    const short = abbreviated(name);
    return this.ownNames().some(
      (own) => key === own || short === own || (own.length >= 4 && key.includes(own)) || (key.length >= 4 && own.includes(key)),
    );
  }

  /** Whether `url` is on the page's own registrable domain. */
  isOwnUrl(url: URL): boolean {
    return this.siteOf(url.hostname) === this.site;
  }

  /** An http(s) URL from page markup, resolved against the page, unwrapped from redirectors and archives. */
  link(raw: string | null | undefined): URL | null {
    const url = toHttpUrl(raw, this.url);
    return url && unwrapLink(url);
  }

  /**
   * The story's beginning and end: datelines and bylines open it, agency and copyright
   * credits close it. Read from the story's children and its neighbours, skipping captions,
   * navigation and other stories.
   */
  storyText(): StoryText {
    if (this.storyCache) return this.storyCache;
    const story = this.story();
    const parts: string[] = [];
    // Most stories hold no script or caption: then each child's textContent is its text.
    const plain = story?.querySelector(NOT_TEXT) === null;
    const push = (element: Element | null | undefined, max = 4000) => {
      if (!element || skipped(element)) return;
      const text = plain && element.parentElement === story ? (element.textContent ?? '') : textOf(element, 0);
      if (text) parts.push(text.length > max ? `${text.slice(0, max / 2)} ${text.slice(-max / 2)}` : text);
    };
    if (story) {
      push(story.previousElementSibling?.previousElementSibling, 1000);
      push(story.previousElementSibling, 1000);
      const children = story.children;
      for (let i = 0; i < children.length && i < MAX_CHILDREN; i++) push(children[i]);
      if (children.length === 0) push(story);
      // Closing credits sit after the story, sometimes a level or two up ("Originally published at …").
      for (let level: Element | null = story, depth = 0; level && depth < 3; level = level.parentElement, depth++) {
        push(level.nextElementSibling, 1000);
        push(level.nextElementSibling?.nextElementSibling, 1000);
      }
    }
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    this.storyCache = {
      head: text.slice(0, HEAD_CHARS),
      tail: text.length > HEAD_CHARS ? text.slice(Math.max(HEAD_CHARS, text.length - TAIL_CHARS)) : '',
    };
    return this.storyCache;
  }

  /** Bylines and author lines around the story: where a wire credit sits on partner sites. */
  bylines(): string[] {
    if (this.bylineCache) return this.bylineCache;
    const texts: string[] = [];
    for (const key of ['author', 'article:author', 'og:article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']) {
      const value = this.meta(key);
      if (value && value.length < 200 && !/^https?:/i.test(value)) texts.push(value);
    }
    // Bylines sit just before the story, at its start or at its end: only those neighbours are
    // read (a page-wide search costs more than the rest of detection together), and only when
    // their text names anything a byline signal could use.
    const neighbours = mentionsSource(this.neighbourText()) ? this.storyNeighbours() : [];
    for (const root of neighbours) {
      if (inOtherStory(root, null)) continue;
      // The first elements of each neighbour only, walked (a selector would list the whole
      // subtree first), with one regular-expression test each.
      const walker = this.document.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
      for (let element: Element | null = root, seen = 0; element && seen < 150 && texts.length < 30; element = walker.nextNode() as Element | null, seen++) {
        const label = `${element.getAttribute('class') ?? ''} ${element.id} ${element.getAttribute('itemprop') ?? ''}`;
        // A byline is a small element: a container of many is no byline, and its text is costly to read.
        if (label.length > 300 || element.childElementCount > 12 || !BYLINE_CLASS.test(label)) continue;
        const text = element.textContent;
        if (!text || text.length > 300 || inOtherStory(element, root) || besideImage(element)) continue;
        texts.push(text.replace(/\s+/g, ' ').trim());
      }
    }
    this.bylineCache = texts.filter(Boolean);
    return this.bylineCache;
  }

  /**
   * The text around the story (its neighbours, where bylines sit) and the page's author
   * metadata, in one string: the quick pass searches this instead of each byline.
   */
  neighbourText(): string {
    const parts = ['author', 'article:author', 'og:article:author', 'dc.creator'].map((key) => this.meta(key) ?? '');
    for (const element of this.storyNeighbours()) {
      const text = element.textContent ?? '';
      parts.push(text.length > 3000 ? `${text.slice(0, 1500)} ${text.slice(-1500)}` : text);
    }
    return parts.join(' \n ');
  }

  /** The elements around the story where its byline and credits sit. */
  private storyNeighbours(): Element[] {
    const story = this.story();
    if (!story) return [];
    const around: (Element | null | undefined)[] = [];
    for (let level: Element | null = story, depth = 0; level && level !== this.document.body && depth < 5; level = level.parentElement, depth++) {
      let sibling = level.previousElementSibling;
      for (let i = 0; i < 3 && sibling; i++, sibling = sibling.previousElementSibling) around.push(sibling);
      around.push(level.nextElementSibling);
    }
    const children = story.children;
    for (let i = 0; i < children.length && i < 5; i++) around.push(children[i]);
    for (let i = Math.max(5, children.length - 3); i < children.length; i++) around.push(children[i]);
    // The article's header (its first blocks) holds the byline when the story sits deeper.
    const article = story.closest('article');
    if (article && article !== story) around.push(article.firstElementChild, article.firstElementChild?.nextElementSibling);
    return [...new Set(around.filter((element): element is Element => !!element && element !== story))];
  }

  /**
   * The element holding the story: the one whose own paragraphs hold the most text (a light
   * version of Readability's idea, cheap enough for every page).
   */
  story(): Element | null {
    if (this.storyElement !== undefined) return this.storyElement;
    const declared = this.document.querySelector('[itemprop="articleBody"], [property="articleBody"]');
    if (declared && (declared.textContent?.length ?? 0) > 300) return (this.storyElement = declared);
    const scores = new Map<Element, number>();
    const paragraphs = this.document.getElementsByTagName('p');
    for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
      const paragraph = paragraphs[i];
      const parent = paragraph?.parentElement;
      const length = paragraph?.textContent?.length ?? 0;
      if (!parent || length < 40) continue;
      const score = Math.min(length, 3000);
      scores.set(parent, (scores.get(parent) ?? 0) + score);
      // Stories that wrap each paragraph in its own block gather one level up (as Readability scores grandparents).
      const grandparent = parent.parentElement;
      if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
    }
    // The best few candidates only are checked for being another story's (closest() is not free).
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 4);
    const [best, bestScore] = ranked.find(([element]) => !inOtherStory(element, null)) ?? [null, 0];
    this.storyElement = bestScore < 200 ? (this.document.querySelector(STORY_CONTAINER) ?? best) : best;
    return this.storyElement;
  }
}

function collectNodes(value: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || into.length > 100 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) collectNodes(item, into, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  into.push(node);
  if (Array.isArray(node['@graph'])) collectNodes(node['@graph'], into, depth + 1);
}
