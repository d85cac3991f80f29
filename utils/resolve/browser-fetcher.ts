import { browser } from 'wxt/browser';
import { decodeBody, readCapped } from './decode';
import { ResolveError, type FetchedPage, type Hop, type PageFetcher } from './types';

type RedirectListener = (hop: Hop) => void;

/**
 * Watches the HTTP redirects of the extension's own request for `url`. `fetch` follows
 * redirects silently (and `redirect: 'manual'` hides the Location header behind an opaque
 * response), so the chain is read from webRequest, which sees each hop.
 */
function watchRedirects(url: string, onRedirect: RedirectListener): () => void {
  const webRequest = browser.webRequest;
  if (!webRequest) return () => undefined;
  let requestId: string | undefined;
  const filter = { urls: ['http://*/*', 'https://*/*'] };
  const onBeforeRequest = (details: { requestId: string; url: string; tabId: number }) => {
    if (requestId === undefined && details.tabId === -1 && details.url === url) requestId = details.requestId;
    return undefined;
  };
  const onBeforeRedirect = (details: { requestId: string; url: string; statusCode: number }) => {
    if (details.requestId === requestId) onRedirect({ url: details.url, status: details.statusCode, via: 'http' });
  };
  webRequest.onBeforeRequest.addListener(onBeforeRequest, filter);
  webRequest.onBeforeRedirect.addListener(onBeforeRedirect, filter);
  return () => {
    webRequest.onBeforeRequest.removeListener(onBeforeRequest);
    webRequest.onBeforeRedirect.removeListener(onBeforeRedirect);
  };
}

// At most this many requests to one host at a time: a page that names many links to one site
// (or many tabs on one aggregator) never turns Upstream into a flood.
const PER_HOST = 2;
const active = new Map<string, number>();
const waiting = new Map<string, (() => void)[]>();

async function acquire(host: string): Promise<() => void> {
  if ((active.get(host) ?? 0) >= PER_HOST) await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
  active.set(host, (active.get(host) ?? 0) + 1);
  return () => {
    active.set(host, (active.get(host) ?? 1) - 1);
    const [next, ...rest] = waiting.get(host) ?? [];
    waiting.set(host, rest);
    next?.();
  };
}

/** Runs `request` once fewer than PER_HOST requests to `host` are running (images share the limit). */
export async function perHost<T>(host: string, request: () => Promise<T>): Promise<T> {
  const release = await acquire(host);
  try {
    return await request();
  } finally {
    release();
  }
}

/** The fetcher the background uses: no cookies, redirects watched and capped, body capped, hosts throttled. */
export const browserFetcher: PageFetcher = (url, options) => perHost(url.hostname, () => fetchOnce(url, options));

const fetchOnce: PageFetcher = async (url, { signal, maxRedirects, maxBytes }) => {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const redirects: Hop[] = [];
  const seen = new Set<string>();
  const stopWatching = watchRedirects(url.href, (hop) => {
    redirects.push(hop);
    if (seen.has(hop.url)) controller.abort(new ResolveError('redirect-loop', `back at ${hop.url}`, redirects.slice()));
    else if (redirects.length > maxRedirects) controller.abort(new ResolveError('too-many-hops', `more than ${redirects.length - 1} redirects`, redirects.slice()));
    seen.add(hop.url);
  });
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      redirect: 'follow',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    });
    const contentType = response.headers.get('content-type') ?? '';
    const { bytes, truncated } = await readCapped(response, maxBytes);
    const page: FetchedPage = {
      url: response.url || url.href,
      status: response.status,
      contentType: contentType.toLowerCase(),
      body: decodeBody(bytes, contentType),
      redirects,
      ...(truncated ? { truncated } : {}),
    };
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter) page.retryAfter = retryAfter;
    return page;
  } catch (error) {
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted && reason instanceof ResolveError) throw reason;
    throw error;
  } finally {
    stopWatching();
    signal.removeEventListener('abort', onAbort);
  }
};
