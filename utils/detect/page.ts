import { toHttpUrl } from '../resolve/url';
import { knownSource } from './sources';

/** Text past these caps is never read: a hostile page cannot make detection slow. */
const MAX_TEXT = 150_000;
const MAX_NODES = 40_000;

// Subtrees whose text never credits the article's source: code, navigation, other stories,
// and photo credits ("Foto: …/Reuters", "(Photo by … / AFP)").
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'BUTTON', 'SELECT', 'FORM', 'IFRAME', 'VIDEO']);
const SKIPPED_CLASS = /caption|credit|photo|image|img|foto|gallery|related|recommend|sidebar|teaser|promo|newsletter|comment|share|social|breadcrumb|cookie|banner|widget|trending|popular|most-read|menu|advert|excerpt|more-|more_|latest|archive/i;

const NOT_THIS_STORY = 'aside, nav, figure, figcaption, footer, [class*="related" i], [class*="teaser" i], [class*="sidebar" i], [class*="recommend" i], [class*="widget" i], [class*="trending" i], [class*="popular" i]';

const BYLINE_SELECTOR = [
  '[class*="byline" i]',
  '[class*="author" i]',
  '[rel="author"]',
  '[itemprop="author"]',
  '[class*="dateline" i]',
  '[class*="source" i]',
  '[class*="signature" i]',
  '[class*="provider" i]',
  '[class*="article-info" i]',
  '[class*="article-meta" i]',
  '[class*="post-meta" i]',
  '[class*="entry-meta" i]',
  '[class*="news-info" i]',
  '[class*="post-info" i]',
  '[class*="tagline" i]',
  '[id*="autor" i]',
  '[id*="author" i]',
  '[id*="byline" i]',
].join(', ');


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
  private ownNamesCache: string[] | undefined;
  private textCache: string | undefined;
  private jsonLdCache: Record<string, unknown>[] | undefined;
  private bylineCache: string[] | undefined;

  constructor(
    readonly document: Document,
    readonly url: URL,
    private readonly siteOf: SiteOf,
  ) {
    this.site = siteOf(url.hostname);
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

  /** An http(s) URL from page markup, resolved against the page. */
  link(raw: string | null | undefined): URL | null {
    return toHttpUrl(raw, this.url);
  }

  /** The page's readable text (no photo credits, navigation or other stories), capped. */
  articleText(): string {
    if (this.textCache !== undefined) return this.textCache;
    const root = this.document.body ?? this.document.documentElement;
    const parts: string[] = [];
    let length = 0;
    let visited = 0;
    const walker = this.document.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) => {
        if (node.nodeType === 3) return 1; // FILTER_ACCEPT
        const element = node as Element;
        if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return 2; // FILTER_REJECT
        const className = element.getAttribute('class');
        if (className && className.length < 300 && SKIPPED_CLASS.test(className)) return 2;
        return 3; // FILTER_SKIP: look inside
      },
    });
    for (let node = walker.nextNode(); node && length < MAX_TEXT && visited < MAX_NODES; node = walker.nextNode()) {
      visited++;
      const value = node.nodeValue;
      if (!value) continue;
      const block = node.parentElement && /^(P|DIV|LI|H\d|SPAN|TD|BR|TIME|A|STRONG|EM|B|I)$/.test(node.parentElement.tagName.toUpperCase());
      parts.push(value);
      length += value.length;
      if (block) parts.push(' ');
    }
    this.textCache = parts.join('').replace(/\s+/g, ' ').slice(0, MAX_TEXT);
    return this.textCache;
  }

  /** Bylines and author lines: where a wire credit sits on partner sites. */
  bylines(): string[] {
    if (this.bylineCache) return this.bylineCache;
    const texts: string[] = [];
    for (const key of ['author', 'article:author', 'og:article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']) {
      const value = this.meta(key);
      if (value && value.length < 200 && !/^https?:/i.test(value)) texts.push(value);
    }
    const elements = this.document.querySelectorAll(BYLINE_SELECTOR);
    for (let i = 0; i < elements.length && texts.length < 30; i++) {
      const element = elements[i];
      // Only the story's own bylines: sidebars and teasers list other stories' ("By REUTERS").
      if (!element || element.closest(NOT_THIS_STORY)) continue;
      const text = element.textContent?.replace(/\s+/g, ' ').trim();
      if (text && text.length < 300) texts.push(text);
    }
    this.bylineCache = texts;
    return texts;
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
