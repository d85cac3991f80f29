import { browser } from 'wxt/browser';
import type { Detection } from '../detect/types';
import { browserFetcher } from '../resolve/browser-fetcher';
import { resolveOriginal } from '../resolve/resolve-original';
import { normaliseUrl, toHttpUrl } from '../resolve/url';
import { cachedLookup, forgetLookup, isLookupRunning, readLookup } from '../store/lookups';
import { forgetTab, readTab, writeTab } from '../store/tabs';
import { showBadge } from './badge';
import { detectInTab } from './inject';
import { stateOf, type ProvenanceView } from './view';

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

// Pages being examined now; only a de-duplication aid (a stopped worker simply examines again).
const examining = new Set<string>();

/** The page in `tabId` republishes another outlet's article: remember it, mark the tab, look it up. */
export async function recordDetection(tabId: number, pageUrl: string, detection: Detection): Promise<undefined> {
  const source = toHttpUrl(detection.source.url);
  // A link back to the page itself names no original.
  const lookupKey = source && normaliseUrl(source) !== normaliseUrl(pageUrl) ? normaliseUrl(source) : undefined;
  await writeTab(tabId, { pageUrl, detection, detectedAt: Date.now(), ...(lookupKey ? { lookupKey } : {}) });
  if (!lookupKey) {
    await showBadge(tabId, 'named', detection.source.name);
    return undefined;
  }
  await showBadge(tabId, 'resolving', detection.source.name);
  await lookUp(tabId, lookupKey);
  return undefined;
}

async function lookUp(tabId: number, key: string): Promise<void> {
  const record = await cachedLookup(key, () => resolveOriginal(new URL(key), browserFetcher));
  const tab = await readTab(tabId);
  // The tab may have moved on while the lookup ran.
  if (tab?.lookupKey === key) await showBadge(tabId, stateOf(tab.detection, true, record.outcome), tab.detection.source.name);
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
    return { ...base, state: 'resolving' };
  }
  return {
    ...base,
    state: stateOf(tab.detection, true, lookup.outcome),
    lookup: { outcome: lookup.outcome, checkedAt: lookup.checkedAt },
  };
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

/** The tab left its page (or closed): what we knew about it no longer holds. */
export async function forgetPage(tabId: number): Promise<void> {
  await forgetTab(tabId);
}
