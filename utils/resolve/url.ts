/** Longest URL we accept from a page; anything longer is evidence, not a link. */
export const MAX_URL_LENGTH = 2048;

/**
 * Parses `raw` (relative to `base`) and returns it only when it is a plain http(s) URL:
 * no other scheme, no credentials, not absurdly long. Everything a page claims goes through here.
 */
export function toHttpUrl(raw: string | null | undefined, base?: URL | string): URL | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  return url;
}

/** Query parameters that only track the reader; they never change which article a URL names. */
const TRACKING_PARAMS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|ocid|cmpid|ncid|__twitter_impression)$/i,
];

/** The cache key of an article URL: lower-case host, no default port, no fragment, no trackers. */
export function normaliseUrl(input: URL | string): string {
  const url = new URL(input.toString());
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
  }
  // `URLSearchParams` re-serialises the query; only touch it when something was removed.
  if (url.search === '?') url.search = '';
  return url.toString();
}
