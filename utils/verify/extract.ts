import { Readability } from '@mozilla/readability';
import { findDate } from '../detect/dates';

// Headings are left out: Readability keeps the headline as one, and copies retitle freely.
const BLOCKS = 'p, li, blockquote';

/** Caps on what an extraction keeps: enough to compare, never a whole site's worth. */
const MAX_TEXT = 60_000;

/** What Upstream keeps of an article: its readable text and the facts around it. */
export interface ExtractedArticle {
  url: string;
  title?: string;
  siteName?: string;
  byline?: string;
  /** `YYYY-MM-DD` or ISO 8601, as the page states it. */
  publishedAt?: string;
  language?: string;
  /** Paragraphs of readable text, in order. */
  paragraphs: string[];
}

const meta = (document: Document, ...keys: string[]) => {
  for (const key of keys) {
    const value = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content')?.trim();
    if (value) return value.slice(0, 300);
  }
  return undefined;
};

/** The page's own publication time: meta tags, JSON-LD, then the first `<time datetime>`. */
export function publishedTime(document: Document): string | undefined {
  const declared = meta(document, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued');
  if (declared && /^\d{4}-\d{2}-\d{2}/.test(declared)) return declared;
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 10; i++) {
    const match = /"datePublished"\s*:\s*"([^"]{10,40})"/.exec(scripts[i]?.textContent?.slice(0, 200_000) ?? '');
    if (match?.[1] && /^\d{4}-\d{2}-\d{2}/.test(match[1])) return match[1];
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  if (time && /^\d{4}-\d{2}-\d{2}/.test(time)) return time.slice(0, 40);
  return declared ? findDate(declared) : undefined;
}

/**
 * The article in `document` as Readability reads it, with its metadata. Works on a clone: the
 * page the reader sees is never touched.
 */
export function extractArticle(document: Document, url: URL): ExtractedArticle {
  const clone = document.cloneNode(true) as Document;
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(clone, { charThreshold: 200 }).parse();
  } catch {
    // Readability gives up on some hostile markup: then there is no article to compare.
    parsed = null;
  }
  const holder = document.createElement('div');
  // Readability's content is sanitised HTML of the page: read as text only, never shown.
  if (parsed?.content) holder.innerHTML = parsed.content;
  const blocks = holder.querySelectorAll(BLOCKS);
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; i < blocks.length && size < MAX_TEXT; i++) {
    // Only innermost blocks: a <p> wrapping other paragraphs would count their text twice.
    if (blocks[i]?.querySelector(BLOCKS)) continue;
    const text = blocks[i]?.textContent?.replace(/\s+/g, ' ').trim();
    if (!text || text.length < 2) continue;
    paragraphs.push(text);
    size += text.length;
  }
  if (paragraphs.length === 0 && parsed?.textContent) {
    paragraphs.push(...parsed.textContent.split(/\n\s*\n/).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 500));
  }
  const title = parsed?.title?.trim() || meta(document, 'og:title') || document.title.trim();
  const siteName = parsed?.siteName?.trim() || meta(document, 'og:site_name');
  const byline = parsed?.byline?.trim();
  const publishedAt = publishedTime(document);
  const language = (parsed?.lang || document.documentElement.getAttribute('lang') || '').slice(0, 12) || undefined;
  return {
    url: url.href,
    paragraphs,
    ...(title ? { title: title.slice(0, 300) } : {}),
    ...(siteName ? { siteName: siteName.slice(0, 120) } : {}),
    ...(byline ? { byline: byline.slice(0, 200) } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(language ? { language } : {}),
  };
}
