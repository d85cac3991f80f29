import { unwrapLink } from '../resolve/unwrap';
import { toHttpUrl } from '../resolve/url';

/** Caps that keep detection fast on any page, hostile ones included. */
const MAX_PARAGRAPHS = 600;
const MAX_CHILDREN = 300;
const HEAD_CHARS = 1500;
const TAIL_CHARS = 2500;

// Children of the story whose text never credits its source: code, navigation, other stories,
// and photo credits ("Foto: …/Reuters", "(Photo by … / AFP)"). Not Elementor's "elementor-widget"
// blocks: that page builder (many WordPress sites) wraps every part of a page in one, the
// story's text too.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'BUTTON', 'SELECT', 'FORM', 'IFRAME', 'VIDEO', 'IMG']);
const SKIPPED_CLASS = /(?:^|[\s_-])(?:caption|credits?|photo|image|img|foto|gallery|related|recommend\w*|sidebar|teaser|promo|newsletter|comments?|share|social|breadcrumbs?|cookie|banner|(?<!elementor-)widget|trending|popular|menu|advert\w*|ad|ads|excerpt|more|latest|archives?)(?:$|[\s_-])/i;


/** Stories written as bare text with <br> (no <p>) sit in a container named for them. */
const STORY_CLASS = /article-content|article-body|article-text|story-body|entry-content|post-content/i;

/**
 * The first `<article>`, `[itemprop="articleBody"]` or element with a STORY_CLASS class in page
 * order, by one walk that stops there: as selectors, the case-insensitive class substrings
 * cost a full pass over the page each.
 */
function storyContainer(document: Document): Element | null {
  const walker = document.createTreeWalker(document, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.localName === 'article' || node.getAttribute('itemprop') === 'articleBody' || STORY_CLASS.test(node.getAttribute('class') ?? '')) return node;
  }
  return null;
}

/** The first element declared the article's body (microdata or RDFa): two queries cost less than one listing both. */
function declaredStory(document: Document): Element | null {
  const microdata = document.querySelector('[itemprop="articleBody"]');
  const rdfa = document.querySelector('[property="articleBody"]');
  if (!microdata || !rdfa) return microdata ?? rdfa;
  return microdata.compareDocumentPosition(rdfa) & 4 /* rdfa follows */ ? microdata : rdfa;
}

const NOT_TEXT = 'script, style, figure, figcaption, noscript';

/** Containers of another story or of a picture: a byline inside one is not this story's ("By REUTERS" in a sidebar). */
const OTHER_STORY_TAGS = new Set(['ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION', 'FOOTER']);
const OTHER_STORY_CLASS = /related|teaser|sidebar|recommend|(?<!elementor-)widget|trending|popular|excerpt|slideshow|gallery|caption/i;

/** Whether `node` itself marks another story or a picture. */
function marksOtherStory(node: Element): boolean {
  const tag = node.tagName.toUpperCase();
  if (OTHER_STORY_TAGS.has(tag)) return true;
  const className = node.getAttribute('class');
  if (className && OTHER_STORY_CLASS.test(className)) return true;
  const itemprop = node.getAttribute('itemprop');
  if (itemprop === 'associatedMedia' || itemprop === 'image') return true;
  return tag === 'A' && (node.textContent?.length ?? 0) > 80;
}

function skipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const className = element.getAttribute('class');
  return !!className && className.length < 300 && SKIPPED_CLASS.test(className);
}

/**
 * An element's text without scripts, styles and captions (textContent would include them).
 * Only the elements that hold one of those are read child by child, found in one query rather
 * than one per level.
 */
function textOf(element: Element, read: TextReader): string {
  return element.querySelector(NOT_TEXT) === null ? read(element) : textOutside(element, holdersIn(element), read, 0);
}

/** `root` and the elements below it that hold a script, style or caption (none when it holds none). */
function holdersIn(root: Element): Set<Element> {
  const hidden = root.querySelectorAll(NOT_TEXT);
  const holders = new Set<Element>(hidden.length > 0 ? [root] : []);
  for (let i = 0; i < hidden.length; i++) {
    for (let up = hidden[i]?.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return holders;
}

function textOutside(element: Element, holders: Set<Element>, read: TextReader, depth: number): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !skipped(node as Element)) {
      // Deeper than six levels, a holder's text is taken whole, scripts and all.
      const child = node as Element;
      text += ` ${depth < 6 && holders.has(child) ? textOutside(child, holders, read, depth + 1) : read(child)} `;
    }
  }
  return text;
}

// Text and CDATA nodes: what textContent is made of.
const SHOW_TEXT = 0x4 | 0x8;

/** Whether the element's text is longer than `length`, read only as far as needed. */
function textLongerThan(element: Element, length: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((seen += node.nodeValue?.length ?? 0) > length) return true;
  return false;
}

/** Reads an element's textContent (PageContext.read remembers it). */
type TextReader = (element: Element) => string;

/** One block the story text is read from, and how much of it counts. */
interface StoryPiece {
  element: Element;
  max: number;
  /** Known to hold no script, style or caption: its textContent is its text. */
  plain: boolean;
}

/** A piece's text, cut to its first and last `max / 2` characters, whitespace collapsed. */
function pieceText({ element, max, plain }: StoryPiece, read: TextReader): string {
  const text = plain ? read(element) : textOf(element, read);
  // Only runs other than a lone space are replaced: the same text as replacing every run, in
  // half the time, as most runs are the space between two words.
  return (text.length > max ? `${text.slice(0, max / 2)} ${text.slice(-max / 2)}` : text).replace(/\s{2,}|[^\S ]/g, ' ').trim();
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

/** nameKey without accents ("El Sol de México" → "elsoldemexico"), as domain names spell outlets. */
export function accentlessKey(name: string): string {
  return nameKey(name.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** The registrable domain of a host name ("news.bbc.co.uk" → "bbc.co.uk"). */
export type SiteOf = (hostname: string) => string;

/** What every signal needs to know about the page, read lazily and at most once. */
export class PageContext {
  readonly site: string;
  private readonly sites = new Map<string, string>();
  private metaCache: Map<string, string> | undefined;
  private linkCache: Map<string, string> | undefined;
  private storyCache: StoryText | undefined;
  private storyElement: Element | null | undefined;
  private neighbourCache: Element[] | undefined;
  private readonly urlCache = new Map<string, URL | null>();
  private readonly otherStoryCache = new Map<Element, boolean>();
  private readonly textCache = new Map<Element, string>();

  readonly url: URL;

  constructor(
    readonly document: Document,
    pageUrl: URL,
    /** The registrable domain of any host, as this detection counts sites. */
    private readonly registrable: SiteOf,
  ) {
    // An archived copy of a page is judged as the page it archives.
    this.url = unwrapLink(pageUrl);
    this.site = this.siteOf(this.url.hostname);
  }

  /** The registrable domain of `hostname`, looked up in the public suffix list once a page. */
  siteOf(hostname: string): string {
    let site = this.sites.get(hostname);
    if (site === undefined) this.sites.set(hostname, (site = this.registrable(hostname)));
    return site;
  }

  /** `<meta>` contents by lower-cased name or property (first one wins). */
  meta(key: string): string | undefined {
    if (!this.metaCache) {
      this.metaCache = new Map();
      const metas = this.document.querySelectorAll<HTMLMetaElement>('meta[content]');
      for (let i = 0; i < metas.length && i < 400; i++) {
        const meta = metas[i];
        if (!meta) continue;
        // The reflected properties cost less than getAttribute(); `property` and `itemprop` have none.
        const name = (meta.name || meta.getAttribute('property') || meta.getAttribute('itemprop'))?.toLowerCase();
        const content = meta.content;
        if (name && content && !this.metaCache.has(name)) this.metaCache.set(name, content.slice(0, 2000));
      }
    }
    return this.metaCache.get(key);
  }

  /** The `href` of the first `<link>` with `rel` (lower case), from one pass over the page's links. */
  linkHref(rel: string): string | undefined {
    if (!this.linkCache) {
      this.linkCache = new Map();
      // A static list, not getElementsByTagName(): Blink keeps that live list between calls on an
      // unchanged page, which flatters a benchmark of repeated calls, while on the one real call
      // querySelectorAll() costs less (for the paragraphs of the corpus pages, 0.016 ms against 0.025).
      const links = this.document.querySelectorAll<HTMLLinkElement>('link');
      for (let i = 0; i < links.length && i < 400; i++) {
        const href = links[i]?.getAttribute('href');
        if (!href) continue;
        for (const name of (links[i]?.rel ?? '').toLowerCase().split(/\s+/)) {
          if (name && !this.linkCache.has(name)) this.linkCache.set(name, href.slice(0, 4096));
        }
      }
    }
    return this.linkCache.get(rel);
  }

  /** Whether `url` is on the page's own registrable domain. */
  isOwnUrl(url: URL): boolean {
    // The page's own host needs no look-up in the public suffix list.
    return url.hostname === this.url.hostname || this.siteOf(url.hostname) === this.site;
  }

  /** An http(s) URL from page markup, resolved against the page, unwrapped from redirectors and archives. */
  link(raw: string | null | undefined): URL | null {
    if (!raw) return null;
    let url = this.urlCache.get(raw);
    if (url === undefined) {
      url = toHttpUrl(raw, this.url);
      url = url && unwrapLink(url);
      this.urlCache.set(raw, url);
    }
    return url;
  }

  /**
   * An element's textContent, read once a page: the story's paragraphs are read to find the
   * story, then again as its text and as its neighbours'.
   */
  readonly read: TextReader = (element) => {
    let text = this.textCache.get(element);
    if (text === undefined) this.textCache.set(element, (text = element.textContent ?? ''));
    return text;
  };

  /**
   * Whether `element` belongs to another story or a picture, anywhere up the page: walked up by
   * hand, as `closest()` with a list of substring selectors was the largest cost in a profile of
   * detect(). Remembered for each element passed: the story's neighbours share their parents.
   */
  inOtherStory(element: Element): boolean {
    const path: Element[] = [];
    let found = false;
    for (let node: Element | null = element; node; node = node.parentElement) {
      const known = this.otherStoryCache.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(node);
      if (marksOtherStory(node)) {
        found = true;
        break;
      }
    }
    for (const node of path) this.otherStoryCache.set(node, found);
    return found;
  }

  /**
   * The story's beginning and end: datelines and bylines open it, agency and copyright
   * credits close it. Read from the story's children and its neighbours, skipping captions,
   * navigation and other stories.
   */
  storyText(): StoryText {
    if (this.storyCache) return this.storyCache;
    const pieces = this.storyPieces();
    // The text is the pieces' texts joined by one space; of a long story only the pieces that
    // make its head and its tail are read, from each end, and never the middle.
    const front: string[] = [];
    let frontLength = -1;
    let next = 0;
    while (next < pieces.length && frontLength < HEAD_CHARS) {
      const text = pieceText(pieces[next++] as StoryPiece, this.read);
      if (!text) continue;
      front.push(text);
      frontLength += text.length + 1;
    }
    const back: string[] = [];
    let backLength = -1;
    let last = pieces.length;
    while (last > next && backLength < TAIL_CHARS) {
      const text = pieceText(pieces[--last] as StoryPiece, this.read);
      if (!text) continue;
      back.push(text);
      backLength += text.length + 1;
    }
    back.reverse();
    if (last > next) {
      // Pieces are left unread between: the text is longer than head and tail together.
      this.storyCache = { head: front.join('\n').slice(0, HEAD_CHARS), tail: back.join('\n').slice(-TAIL_CHARS) };
    } else {
      const text = [...front, ...back].join('\n');
      this.storyCache = { head: text.slice(0, HEAD_CHARS), tail: text.length > HEAD_CHARS ? text.slice(Math.max(HEAD_CHARS, text.length - TAIL_CHARS)) : '' };
    }
    return this.storyCache;
  }

  /** The blocks the story's text is read from, in reading order. */
  private storyPieces(): StoryPiece[] {
    const story = this.story();
    if (!story) return [];
    const pieces: StoryPiece[] = [];
    // One query tells which of the story's blocks hold a script or a caption, rather than one a block.
    const holders = holdersIn(story);
    const add = (element: Element | null | undefined, max = 1000, inStory = false) => {
      if (element && !skipped(element)) pieces.push({ element, max, plain: inStory && !holders.has(element) });
    };
    add(story.previousElementSibling?.previousElementSibling);
    add(story.previousElementSibling);
    const children = story.children;
    for (let i = 0; i < children.length && i < MAX_CHILDREN; i++) add(children[i], 4000, true);
    if (children.length === 0) add(story, 4000, true);
    // Closing credits sit after the story, sometimes a level or two up ("Originally published at …").
    for (let level: Element | null = story, depth = 0; level && depth < 3; level = level.parentElement, depth++) {
      add(level.nextElementSibling);
      add(level.nextElementSibling?.nextElementSibling);
    }
    return pieces;
  }

  /**
   * The text around the story (its neighbours, where bylines sit) and the page's author
   * metadata, in one string: the quick pass searches this instead of each byline.
   */
  neighbourText(): string {
    const parts = ['author', 'article:author', 'og:article:author', 'dc.creator'].map((key) => this.meta(key) ?? '');
    for (const element of this.storyNeighbours()) {
      const text = this.read(element);
      parts.push(text.length > 3000 ? `${text.slice(0, 1500)} ${text.slice(-1500)}` : text);
    }
    return parts.join(' \n ');
  }

  /** The elements around the story where its byline and credits sit. */
  storyNeighbours(): Element[] {
    return (this.neighbourCache ??= this.findNeighbours());
  }

  private findNeighbours(): Element[] {
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
    const declared = declaredStory(this.document);
    if (declared && textLongerThan(declared, 300)) return (this.storyElement = declared);
    const scores = new Map<Element, number>();
    // A static list, as for the links above.
    const paragraphs = this.document.querySelectorAll('p');
    for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
      const paragraph = paragraphs[i];
      const parent = paragraph?.parentElement;
      const length = paragraph ? this.read(paragraph).length : 0;
      if (!parent || length < 40) continue;
      const score = Math.min(length, 3000);
      scores.set(parent, (scores.get(parent) ?? 0) + score);
      // Stories that wrap each paragraph in its own block gather one level up (as Readability scores grandparents).
      const grandparent = parent.parentElement;
      if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
    }
    // The best few candidates only are checked for being another story's (closest() is not free).
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 4);
    const [best, bestScore] = ranked.find(([element]) => !this.inOtherStory(element)) ?? [null, 0];
    this.storyElement = bestScore < 200 ? (storyContainer(this.document) ?? best) : best;
    return this.storyElement;
  }
}
