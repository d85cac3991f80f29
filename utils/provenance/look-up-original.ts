import type { LookupResult } from '../store/db';
import { browserFetcher } from '../resolve/browser-fetcher';
import { resolveOriginal } from '../resolve/resolve-original';
import { parseOffPage } from '../verify/parse-off-page';

/** Follows a source link, then reads the original found there (its HTML is never cached). */
export async function lookUpOriginal(url: URL): Promise<LookupResult> {
  const { html, ...outcome } = await resolveOriginal(url, browserFetcher).then((result) => (result.ok ? result : { ...result, html: undefined }));
  if (!outcome.ok || !html) return { outcome };
  const parsed = await parseOffPage(html, outcome.finalUrl).catch(() => null);
  return parsed ? { outcome, original: parsed.article, upstream: parsed.upstream } : { outcome };
}
