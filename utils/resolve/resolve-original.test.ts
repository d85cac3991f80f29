import { describe, expect, it } from 'vitest';
import { parseRetryAfter, resolveOriginal } from './resolve-original';
import { ResolveError, type FetchedPage, type PageFetcher } from './types';

type Route = Partial<FetchedPage> & { delayMs?: number; error?: Error };

/** A fetcher over a table of URLs, recording what was asked. */
function fakeFetcher(routes: Record<string, Route>): PageFetcher & { calls: string[] } {
  const calls: string[] = [];
  const fetcher = (async (url, { signal }) => {
    calls.push(url.href);
    const route = routes[url.href];
    if (!route) throw new TypeError('Failed to fetch');
    if (route.delayMs) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, route.delayMs);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason as Error);
        });
      });
    }
    if (route.error) throw route.error;
    return { url: url.href, status: 200, contentType: 'text/html', body: '', redirects: [], ...route };
  }) as PageFetcher & { calls: string[] };
  fetcher.calls = calls;
  return fetcher;
}

const start = new URL('https://aggregator.example/go/1');

describe('resolveOriginal', () => {
  it('returns the final URL, status, title and HTTP hops', async () => {
    const fetcher = fakeFetcher({
      'https://aggregator.example/go/1': {
        url: 'https://www.aldar.ma/article.html',
        body: '<html><head><title>Laftit &amp; Faeser</title></head></html>',
        redirects: [{ url: 'https://aggregator.example/go/1', status: 301, via: 'http' }],
      },
    });
    const outcome = await resolveOriginal(start, fetcher);
    expect(outcome).toEqual({
      ok: true,
      finalUrl: 'https://www.aldar.ma/article.html',
      status: 200,
      contentType: 'text/html',
      title: 'Laftit & Faeser',
      html: '<html><head><title>Laftit &amp; Faeser</title></head></html>',
      hops: [{ url: 'https://aggregator.example/go/1', status: 301, via: 'http' }],
    });
  });

  it('follows meta refresh pages and records them as hops', async () => {
    const fetcher = fakeFetcher({
      'https://aggregator.example/go/1': { body: '<meta http-equiv="Refresh" content="0; URL=\'/go/2\'">' },
      'https://aggregator.example/go/2': { body: '<META CONTENT="1;url=https://www.aldar.ma/a.html" HTTP-EQUIV="refresh">' },
      'https://www.aldar.ma/a.html': { body: '<title>A</title>' },
    });
    const outcome = await resolveOriginal(start, fetcher);
    expect(outcome.ok && outcome.finalUrl).toBe('https://www.aldar.ma/a.html');
    expect(outcome.hops.map((hop) => [hop.via, hop.url])).toEqual([
      ['meta-refresh', 'https://aggregator.example/go/1'],
      ['meta-refresh', 'https://aggregator.example/go/2'],
    ]);
  });

  it('follows the script redirect of a small redirect page', async () => {
    const fetcher = fakeFetcher({
      'https://aggregator.example/go/1': { body: '<html><body><script>window.location.replace("https://www.aldar.ma/a.html");</script></body></html>' },
      'https://www.aldar.ma/a.html': { body: '<title>A</title>' },
    });
    const outcome = await resolveOriginal(start, fetcher);
    expect(outcome.ok && outcome.finalUrl).toBe('https://www.aldar.ma/a.html');
  });

  it('never follows a meta refresh to a non-http URL', async () => {
    const fetcher = fakeFetcher({
      'https://aggregator.example/go/1': { body: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
    });
    const outcome = await resolveOriginal(start, fetcher);
    expect(outcome.ok && outcome.finalUrl).toBe('https://aggregator.example/go/1');
    expect(fetcher.calls).toEqual(['https://aggregator.example/go/1']);
  });

  it('names a meta-refresh loop', async () => {
    const fetcher = fakeFetcher({
      'https://aggregator.example/go/1': { body: '<meta http-equiv="refresh" content="0;url=/go/2">' },
      'https://aggregator.example/go/2': { body: '<meta http-equiv="refresh" content="0;url=/go/1">' },
    });
    const outcome = await resolveOriginal(start, fetcher);
    expect(outcome).toMatchObject({ ok: false, failure: 'redirect-loop' });
    expect(fetcher.calls).toHaveLength(2);
  });

  it('gives up after the hop cap', async () => {
    const routes: Record<string, Route> = {};
    for (let i = 1; i <= 30; i++) routes[`https://aggregator.example/go/${i}`] = { body: `<meta http-equiv="refresh" content="0;url=/go/${i + 1}">` };
    const fetcher = fakeFetcher(routes);
    const outcome = await resolveOriginal(start, fetcher, { maxHops: 10 });
    expect(outcome).toMatchObject({ ok: false, failure: 'too-many-hops' });
    expect(fetcher.calls.length).toBeLessThanOrEqual(11);
  });

  it('passes the remaining hop budget to the fetcher and keeps its named failures', async () => {
    const fetcher: PageFetcher = async (_url, { maxRedirects }) => {
      throw new ResolveError('too-many-hops', `more than ${maxRedirects} redirects`, [{ url: 'https://a.example/', status: 302, via: 'http' }]);
    };
    const outcome = await resolveOriginal(start, fetcher, { maxHops: 7 });
    expect(outcome).toMatchObject({ ok: false, failure: 'too-many-hops', detail: 'more than 7 redirects' });
    expect(outcome.hops).toHaveLength(1);
  });

  it.each([
    [404, 'not-found'],
    [410, 'not-found'],
    [403, 'http-error'],
    [500, 'server-error'],
    [502, 'server-error'],
    [429, 'rate-limited'],
  ] as const)('maps HTTP %i to %s', async (status, failure) => {
    const outcome = await resolveOriginal(start, fakeFetcher({ [start.href]: { status } }));
    expect(outcome).toMatchObject({ ok: false, failure, status, detail: `HTTP ${status}` });
  });

  it('keeps Retry-After on 503', async () => {
    const outcome = await resolveOriginal(start, fakeFetcher({ [start.href]: { status: 503, retryAfter: '120' } }));
    expect(outcome).toMatchObject({ ok: false, failure: 'rate-limited', retryAfter: 120 });
  });

  it('times out a slow server within the cap', async () => {
    const began = Date.now();
    const outcome = await resolveOriginal(start, fakeFetcher({ [start.href]: { delayMs: 5_000 } }), { timeoutMs: 100 });
    expect(outcome).toMatchObject({ ok: false, failure: 'timeout' });
    expect(Date.now() - began).toBeLessThan(2_000);
  });

  it('reports a DNS or connection failure as network', async () => {
    const outcome = await resolveOriginal(start, fakeFetcher({}));
    expect(outcome).toMatchObject({ ok: false, failure: 'network' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and caps them at a day', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter('9999999', now)).toBe(86_400);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('resolveOriginal, the original itself', () => {
  it('names the original by its own canonical on its own host (AMP page, trackers)', async () => {
    const fetcher = fakeFetcher({
      [start.href]: { url: 'https://amp.aldar.ma/a.html?utm_source=x', body: '<link rel="canonical" href="https://www.aldar.ma/a.html">' },
    });
    const outcome = await resolveOriginal(start, fetcher);
    expect(outcome.ok && outcome.finalUrl).toBe('https://www.aldar.ma/a.html');
  });

  it('ignores a canonical that points to another site', async () => {
    const fetcher = fakeFetcher({ [start.href]: { url: 'https://www.aldar.ma/a.html?utm_medium=y&id=2', body: '<link rel="canonical" href="https://elsewhere.example/">' } });
    const outcome = await resolveOriginal(start, fetcher);
    expect(outcome.ok && outcome.finalUrl).toBe('https://www.aldar.ma/a.html?id=2');
  });

  it('refuses a body past the size cap', async () => {
    const outcome = await resolveOriginal(start, fakeFetcher({ [start.href]: { truncated: true } }));
    expect(outcome).toMatchObject({ ok: false, failure: 'too-large' });
  });
});
