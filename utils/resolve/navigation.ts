import { decodeGoogleNewsToken } from '../detect/adapters/google-news';
import { toHttpUrl } from './url';

const GOOGLE_NEWS_ARTICLE = /^\/(?:rss\/articles|articles|read)\/([A-Za-z0-9_-]{8,4096})\/?$/;

/** How long after opening a redirecting link its landing still counts as its destination. */
export const LANDING_WINDOW_MS = 15_000;

/**
 * The Google News link a tab just left, when its token is opaque (only Google's own page
 * knows where it leads) and the tab landed off Google: then where the reader's own navigation
 * landed is the original. No undocumented endpoint is ever asked.
 */
export function landedFromOpaqueLink(left: { url: string; at: number } | null, landed: string, now: number): { link: string; original: string } | null {
  if (!left || now - left.at > LANDING_WINDOW_MS) return null;
  const from = toHttpUrl(left.url);
  const to = toHttpUrl(landed);
  if (!from || !to || from.hostname !== 'news.google.com' || to.hostname.endsWith('google.com')) return null;
  const token = GOOGLE_NEWS_ARTICLE.exec(from.pathname)?.[1];
  if (!token || decodeGoogleNewsToken(token)) return null;
  return { link: from.href, original: to.href };
}
