import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { LookupResult } from '../store/db';
import { browserFetcher } from '../resolve/browser-fetcher';
import { resolveOriginal } from '../resolve/resolve-original';
import { articleSchema } from '../verify/article-schema';
import type { ExtractedArticle } from '../verify/extract';
import { parseOffPage } from '../verify/parse-off-page';

const COPY_TEXT = '/copy-text.js';

/** Follows a source link, then reads the original found there (its HTML is never cached). */
export async function lookUpOriginal(url: URL): Promise<LookupResult> {
  const { html, ...outcome } = await resolveOriginal(url, browserFetcher).then((result) => (result.ok ? result : { ...result, html: undefined }));
  if (!outcome.ok || !html) return { outcome };
  const parsed = await parseOffPage(html, outcome.finalUrl).catch(() => null);
  return parsed ? { outcome, original: parsed.article, upstream: parsed.upstream } : { outcome };
}

/** The copy's article, read in its tab by the injected `copy-text` script; validated. */
export async function readCopy(tabId: number): Promise<ExtractedArticle | null> {
  let value: unknown;
  try {
    if (browser.scripting) {
      const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [COPY_TEXT] });
      value = first?.result;
    } else {
      const [first] = (await browser.tabs.executeScript(tabId, { file: COPY_TEXT, frameId: 0 })) as unknown[];
      value = first;
    }
  } catch {
    return null;
  }
  const parsed = v.safeParse(articleSchema, value);
  return parsed.success ? parsed.output : null;
}
