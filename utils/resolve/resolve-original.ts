import { readHead } from './html-head';
import {
  ResolveError,
  type Hop,
  type PageFetcher,
  type ResolveOutcome,
} from './types';
import { normaliseUrl, toHttpUrl } from './url';

export interface ResolveOptions {
  /** HTTP redirects and meta refreshes together. */
  maxHops?: number;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

export const RESOLVE_DEFAULTS = { maxHops: 10, timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

/**
 * Follows a source link to the original article: HTTP redirects (inside the fetcher) and
 * meta-refresh pages, within a hop cap and one deadline for the whole chain. Never throws.
 */
export async function resolveOriginal(
  start: URL,
  fetchPage: PageFetcher,
  options: ResolveOptions = {},
): Promise<ResolveOutcome> {
  const { maxHops, timeoutMs, maxBytes } = { ...RESOLVE_DEFAULTS, ...options };
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const hops: Hop[] = [];
  const seen = new Set<string>();
  let current = start;

  try {
    for (;;) {
      if (seen.has(current.href)) throw new ResolveError('redirect-loop', `back at ${current.href}`);
      seen.add(current.href);
      const page = await fetchPage(current, { signal, maxRedirects: maxHops - hops.length, maxBytes });
      // The first HTTP hop is the URL just requested; any later repeat is a loop.
      for (const [index, hop] of page.redirects.entries()) {
        if (index > 0 && seen.has(hop.url)) throw new ResolveError('redirect-loop', `back at ${hop.url}`);
        seen.add(hop.url);
      }
      hops.push(...page.redirects);
      if (hops.length > maxHops) throw new ResolveError('too-many-hops', `more than ${maxHops} redirects`);
      const failure = failureForStatus(page.status, page.retryAfter);
      if (failure) return { ...failure, hops };
      if (page.truncated) throw new ResolveError('too-large', `larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);

      const head = page.contentType.includes('html') || page.contentType === '' ? readHead(page.body) : {};
      const refresh = toHttpUrl(head.refresh, page.url);
      if (refresh && refresh.href !== page.url) {
        hops.push({ url: page.url, status: page.status, via: 'meta-refresh' });
        if (hops.length > maxHops) throw new ResolveError('too-many-hops', `more than ${maxHops} redirects`);
        current = refresh;
        continue;
      }
      // The original's own canonical (an AMP page's, a URL with trackers) names it best, on its own host.
      const canonical = toHttpUrl(head.canonical, page.url);
      const finalUrl = canonical && sameHost(canonical, new URL(page.url)) ? canonical.href : page.url;
      return {
        ok: true,
        finalUrl: normaliseUrl(finalUrl),
        status: page.status,
        contentType: page.contentType,
        hops,
        ...(head.title ? { title: head.title.slice(0, 300) } : {}),
        ...(page.contentType.includes('html') ? { html: page.body } : {}),
      };
    }
  } catch (error) {
    if (error instanceof ResolveError) {
      return { ok: false, failure: error.failure, detail: error.message, hops: [...hops, ...error.hops] };
    }
    if (deadline.aborted) {
      return { ok: false, failure: 'timeout', detail: `no answer within ${Math.round(timeoutMs / 1000)} s`, hops };
    }
    return { ok: false, failure: 'network', detail: error instanceof Error ? error.message.slice(0, 200) : 'network error', hops };
  }
}

const sameHost = (a: URL, b: URL) => a.hostname.replace(/^(?:www|amp|m)\./, '') === b.hostname.replace(/^(?:www|amp|m)\./, '');

function failureForStatus(status: number, retryAfter: string | undefined): Omit<Extract<ResolveOutcome, { ok: false }>, 'hops'> | null {
  if (status < 400) return null;
  const detail = `HTTP ${status}`;
  if (status === 404 || status === 410) return { ok: false, failure: 'not-found', status, detail };
  if (status === 429 || status === 503) {
    const seconds = parseRetryAfter(retryAfter);
    if (status === 429 || seconds !== undefined) {
      return { ok: false, failure: 'rate-limited', status, detail, ...(seconds !== undefined ? { retryAfter: seconds } : {}) };
    }
  }
  if (status >= 500) return { ok: false, failure: 'server-error', status, detail };
  return { ok: false, failure: 'http-error', status, detail };
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Math.min(Number(value), 24 * 3600);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, Math.round((date - now) / 1000)), 24 * 3600);
}
