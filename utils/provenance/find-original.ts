import { googleNews, googleNewsLinkTarget } from '../detect/adapters/google-news';
import type { SourceClaim } from '../detect/types';
import type { FailureKind } from '../resolve/types';
import { normaliseUrl, toHttpUrl } from '../resolve/url';
import { cachedLookup } from '../store/lookups';
import { lookUpOriginal } from './look-up-original';

/** What "Find the original" on a link found, without the reader visiting the link. */
export type FoundOriginal =
  | { state: 'resolved'; link: string; source: SourceClaim; originalUrl: string; title?: string }
  | { state: 'named'; link: string; source: SourceClaim }
  | { state: 'not-republished'; link: string; pageUrl: string }
  | { state: 'needs-navigation'; link: string }
  | { state: 'unreachable'; link: string; failure: FailureKind; source?: SourceClaim };

const lookUp = (url: URL) => {
  const key = normaliseUrl(url);
  return cachedLookup(key, () => lookUpOriginal(new URL(key)));
};

/**
 * Resolves an aggregator's link: a Google News token is decoded offline; any other link is
 * fetched like a source link (same caps, no cookies), read, and when the page it leads to
 * credits a source with a link, that source is looked up in turn. Every step is cached.
 */
export async function findOriginal(link: string): Promise<FoundOriginal> {
  const url = toHttpUrl(link);
  if (!url) return { state: 'unreachable', link, failure: 'unsafe-url' };
  let source: SourceClaim | undefined;
  if (googleNews.matches(url)) {
    const target = googleNewsLinkTarget(url);
    if (!target) return { state: 'needs-navigation', link };
    source = { url: target };
  } else {
    const page = await lookUp(url);
    if (!page.outcome.ok) return { state: 'unreachable', link, failure: page.outcome.failure };
    source = page.upstream?.source;
    if (!source) return { state: 'not-republished', link, pageUrl: page.outcome.finalUrl };
  }
  const sourceUrl = toHttpUrl(source.url);
  if (!sourceUrl) return { state: 'named', link, source };
  const original = await lookUp(sourceUrl);
  if (!original.outcome.ok) return { state: 'unreachable', link, failure: original.outcome.failure, source };
  return {
    state: 'resolved',
    link,
    source,
    originalUrl: original.outcome.finalUrl,
    ...(original.original?.title ? { title: original.original.title } : {}),
  };
}
