import { browser } from 'wxt/browser';
import type { Detection, SourceClaim } from '../detect/types';
import type { LookupRecord } from '../store/db';
import { indexArticleImages } from '../images/service';
import { landedFromOpaqueLink } from '../resolve/navigation';
import { normaliseUrl, toHttpUrl } from '../resolve/url';
import { cachedLookup, forgetLookup, isLookupRunning, readLookup } from '../store/lookups';
import { forgetClosedTab, forgetTab, readTab, swapLastPage, writeTab } from '../store/tabs';
import { compareArticles } from '../verify/compare';
import { clearBadge, showBadge } from './badge';
import { lookUpOriginal } from './look-up-original';
import { detectInTab, readCopy } from './inject';
import { lookedUpState, type ProvenanceView } from './view';

/**
 * The tab's page may be a copy (the content script's quick pass, or a site adapter's URL):
 * run the full detection in it and, when it is one, record it.
 */
export async function examineTab(tabId: number, pageUrl: string): Promise<undefined> {
  // The quick pass and the adapter's URL may both ask for the same page: one run is enough.
  const key = `${tabId} ${pageUrl}`;
  if (examining.has(key)) return undefined;
  examining.add(key);
  try {
    const detection = await detectInTab(tabId);
    if (detection) await recordDetection(tabId, pageUrl, detection);
  } finally {
    examining.delete(key);
  }
  return undefined;
}

/**
 * A single-page site moved to another article without loading a page: what was known of the
 * tab no longer holds, and the new article is examined (the content script runs only once).
 */
export async function reexamineTab(tabId: number, pageUrl: string): Promise<undefined> {
  const tab = await readTab(tabId);
  if (tab && normaliseUrl(tab.pageUrl) === normaliseUrl(pageUrl)) return undefined;
  await forgetTab(tabId);
  await clearBadge(tabId);
  // The page's script may still be drawing the new article: give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return examineTab(tabId, pageUrl);
}

// Tabs whose copy is being read now: a de-duplication aid, like `examining`.
const comparing = new Set<number>();

// Pages being examined now; only a de-duplication aid (a stopped worker simply examines again).
const examining = new Set<string>();

/** The page in `tabId` republishes another outlet's article: remember it, mark the tab, look it up. */
export async function recordDetection(tabId: number, pageUrl: string, detection: Detection): Promise<undefined> {
  const source = toHttpUrl(detection.source.url);
  // A link back to the page itself names no original.
  const lookupKey = source && normaliseUrl(source) !== normaliseUrl(pageUrl) ? normaliseUrl(source) : undefined;
  await writeTab(tabId, { pageUrl, detection, detectedAt: Date.now(), ...(lookupKey ? { lookupKey } : {}) });
  // Its pictures join the "seen before" index (in the background: the badge does not wait).
  void indexArticleImages(tabId, pageUrl, detection.title).catch(() => undefined);
  if (!lookupKey) {
    await showBadge(tabId, 'named', detection.source.name);
    return undefined;
  }
  await showBadge(tabId, 'resolving', detection.source.name);
  await lookUp(tabId, lookupKey);
  return undefined;
}

async function lookUp(tabId: number, key: string): Promise<void> {
  const record = await cachedLookup(key, () => lookUpOriginal(new URL(key)));
  await followChain(record);
  let tab = await readTab(tabId);
  // The tab may have moved on while the lookup ran.
  if (tab?.lookupKey !== key) return;
  if (record.original && !tab.comparison && !comparing.has(tabId)) {
    comparing.add(tabId);
    const copy = await readCopy(tabId).finally(() => comparing.delete(tabId));
    tab = await readTab(tabId);
    if (tab?.lookupKey === key) {
      // A page that cannot be read (closed, or not scriptable) gets an honest "no verdict".
      const comparison = compareArticles(copy ?? { url: tab.pageUrl, paragraphs: [] }, record.original);
      tab = { ...tab, comparison, ...(copy?.publishedAt ? { copyPublishedAt: copy.publishedAt } : {}) };
      await writeTab(tabId, tab);
    }
  }
  if (tab) await showBadge(tabId, lookedUpState(record.outcome, tab.comparison), tab.detection.source.name);
}

/** The provenance of `tabId` as the popup shows it; restarts a lookup a stopped worker lost. */
export async function provenanceOf(tabId: number): Promise<ProvenanceView> {
  const tab = await readTab(tabId);
  if (!tab) {
    const loading = await browser.tabs.get(tabId).then((info) => info.status === 'loading', () => false);
    return { tabId, state: loading ? 'detecting' : 'not-republished' };
  }
  const base = { tabId, pageUrl: tab.pageUrl, detection: tab.detection };
  if (!tab.lookupKey) return { ...base, state: 'named' };
  const lookup = await readLookup(tab.lookupKey);
  if (!lookup) {
    if (!isLookupRunning(tab.lookupKey)) void lookUp(tabId, tab.lookupKey);
    return { ...base, state: 'resolving', step: 'following' };
  }
  // The original was read: the comparison with the copy follows (restarted if a stopped worker lost it).
  if (lookup.original && !tab.comparison) {
    if (!isLookupRunning(tab.lookupKey)) void lookUp(tabId, tab.lookupKey);
    return { ...base, state: 'resolving', step: 'comparing', lookup: { outcome: lookup.outcome, checkedAt: lookup.checkedAt } };
  }
  const summary = lookup.original && (({ paragraphs, ...rest }) => ({ ...rest, words: paragraphs.join(' ').split(/\s+/).length }))(lookup.original);
  return {
    ...base,
    state: lookedUpState(lookup.outcome, tab.comparison),
    lookup: { outcome: lookup.outcome, checkedAt: lookup.checkedAt },
    ...(summary ? { original: summary } : {}),
    ...(lookup.upstream ? { chain: await provenanceChain(lookup.upstream.source) } : {}),
    ...(tab.comparison ? { comparison: tab.comparison } : {}),
    ...(tab.copyPublishedAt ? { copyPublishedAt: tab.copyPublishedAt } : {}),
  };
}

/** Levels of provenance shown beyond the copy's own source: its source, and that one's. */
const CHAIN_LEVELS = 2;

/** Looks up the sources the original credits with a link, up to CHAIN_LEVELS deep (cached like any lookup). */
async function followChain(record: LookupRecord): Promise<void> {
  let current: LookupRecord | undefined = record;
  for (let level = 0; level < CHAIN_LEVELS && current; level++) {
    const next = toHttpUrl(current.upstream?.source.url);
    if (!next) return;
    const key = normaliseUrl(next);
    current = await cachedLookup(key, () => lookUpOriginal(new URL(key)));
  }
}

/** The chain of credits from the original up: "MAP", or "MAP → …" when each step names the next. */
async function provenanceChain(first: SourceClaim): Promise<SourceClaim[]> {
  const chain = [first];
  for (let claim: SourceClaim | undefined = first; chain.length <= CHAIN_LEVELS; ) {
    const next = toHttpUrl(claim?.url);
    const record = next ? await readLookup(normaliseUrl(next)) : undefined;
    claim = record?.upstream?.source;
    if (!claim) break;
    chain.push(claim);
  }
  return chain;
}

/** Forgets a tab's cached lookup and starts it again. */
export async function retryLookup(tabId: number): Promise<ProvenanceView> {
  const tab = await readTab(tabId);
  if (tab?.lookupKey && !isLookupRunning(tab.lookupKey)) {
    await forgetLookup(tab.lookupKey);
    void lookUp(tabId, tab.lookupKey);
  }
  return provenanceOf(tabId);
}

/** The tab left its page: what we knew about it no longer holds. */
export async function forgetPage(tabId: number): Promise<void> {
  await forgetTab(tabId);
}

/** The tab closed. */
export async function forgetClosedPage(tabId: number): Promise<void> {
  await forgetClosedTab(tabId);
}

/**
 * A top frame committed `url`. When the tab has just left an opaque Google News link, this is
 * where that link leads: cached like a resolved lookup, learnt from the reader's own navigation.
 */
export async function noteNavigation(tabId: number, url: string, now = Date.now()): Promise<undefined> {
  const left = await swapLastPage(tabId, { url, at: now });
  const landed = landedFromOpaqueLink(left, url, now);
  if (!landed) return undefined;
  await cachedLookup(normaliseUrl(landed.link), async () => ({
    outcome: { ok: true, finalUrl: normaliseUrl(landed.original), status: 200, contentType: 'text/html', hops: [{ url: landed.link, status: 0, via: 'navigation' }] },
  }));
  return undefined;
}
