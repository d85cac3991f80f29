import { detect } from '../detect';
import type { Detection } from '../detect/types';
import { extractArticle, type ExtractedArticle } from './extract';

/** What Upstream reads off a fetched original: its article, and whether it is itself a copy. */
export interface ParsedOriginal {
  article: ExtractedArticle;
  /** The original's own source, when it credits one (the seed's Aldar article credits MAP). */
  upstream: Detection | null;
}

/** Parses a fetched original where a DOM exists (the offscreen document, Firefox's background). */
export function parseOriginal(html: string, url: string): ParsedOriginal {
  const document = new DOMParser().parseFromString(html, 'text/html');
  // Relative links in the original resolve against its own address.
  const base = document.createElement('base');
  base.href = url;
  document.head.prepend(base);
  const address = new URL(url);
  return { article: extractArticle(document, address), upstream: detect(document, address) };
}
