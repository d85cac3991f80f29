import { browser } from 'wxt/browser';
import type { Detection, SourceClaim } from '../detect/types';
import type { LookupRecord } from '../store/db';
import { indexArticleImages } from '../images/service';
import { landedFromOpaqueLink } from '../resolve/navigation';
import { siteOf } from '../resolve/domain';
import { normaliseUrl, toHttpUrl } from '../resolve/url';
import { cachedLookup, forgetLookup, isLookupRunning, readLookup } from '../store/lookups';
import { isSiteDisabled, readSettings, setSiteDisabled } from '../store/settings';
import { forgetClosedTab, forgetTab, readTab, swapLastPage, writeTab, type TabRecord } from '../store/tabs';
import { updateBanner } from './banner';
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
  if (await isSiteDisabled(siteOf(pageUrl))) return undefined;
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
  const tab: TabRecord = { pageUrl, detection, detectedAt: Date.now(), ...(lookupKey ? { lookupKey } : {}) };
  await writeTab(tabId, tab);
  const { privacyMode } = await readSettings();
  // Its pictures join the "seen before" index (in the background: the badge does not wait).
  if (!privacyMode) void indexArticleImages(tabId, pageUrl, detection.title).catch(() => undefined);
  void updateBanner(tabId);
  if (!lookupKey) {
    await showBadge(tabId, 'named', detection.source.name);
    return undefined;
  }
  await showBadge(tabId, 'resolving', detection.source.name);
  // In privacy mode nothing is requested until the reader opens the popup.
  if (!privacyMode) await lookUp(tabId, lookupKey);
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
  if (!tab) return;
  await showBadge(tabId, lookedUpState(record.outcome, tab.comparison), tab.detection.source.name);
  void updateBanner(tabId);
  await autoOpen(tabId, tab, record);
}

/** Opens the original beside the copy once, when the reader asked for it in the settings. */
async function autoOpen(tabId: number, tab: TabRecord, record: LookupRecord): Promise<void> {
  if (!record.outcome.ok || tab.autoOpened || !(await readSettings()).autoOpenOriginal) return;
  await writeTab(tabId, { ...tab, autoOpened: true });
  const copy = await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({ url: record.outcome.finalUrl, active: false, ...(copy ? { index: copy.index + 1, openerTabId: tabId } : {}) });
}

/** The original's address for a tab (found, else claimed), for the shortcut. */
export async function originalOf(tabId: number): Promise<string | null> {
  const tab = await readTab(tabId);
  if (!tab) return null;
  const lookup = tab.lookupKey ? await readLookup(tab.lookupKey) : undefined;
  return lookup?.outcome.ok ? lookup.outcome.finalUrl : (toHttpUrl(tab.detection.source.url)?.href ?? null);
}

/** The keyboard shortcut: opens the current article's original in a tab beside it. */
export async function openOriginalOfActiveTab(): Promise<void> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id === undefined) return;
  const url = await originalOf(active.id);
  if (url) await browser.tabs.create({ url, index: active.index + 1, openerTabId: active.id });
}

/** "Disable on this site" (and back on): forgets or examines the tab's page at once. */
export async function setSiteDisabledForTab(tabId: number, disabled: boolean): Promise<ProvenanceView> {
  const pageUrl = await browser.tabs.get(tabId).then((info) => info.url, () => undefined);
  const site = siteOf(pageUrl);
  if (!site || !pageUrl) return provenanceOf(tabId);
  await setSiteDisabled(site, disabled);
  if (disabled) {
    await forgetTab(tabId);
    await clearBadge(tabId);
    await updateBanner(tabId, false);
  } else {
    await examineTab(tabId, pageUrl);
  }
  return provenanceOf(tabId);
}

/** The provenance of `tabId` as the popup shows it; restarts a lookup a stopped worker lost. */
export async function provenanceOf(tabId: number): Promise<ProvenanceView> {
  const info = await browser.tabs.get(tabId).catch(() => undefined);
  const site = siteOf(info?.url) ?? undefined;
  if (site && (await isSiteDisabled(site))) return { tabId, state: 'disabled', site };
  const tab = await readTab(tabId);
  if (!tab) return { tabId, state: info?.status === 'loading' ? 'detecting' : 'not-republished', ...(site ? { site } : {}) };
  const base = { tabId, pageUrl: tab.pageUrl, detection: tab.detection, ...(site ? { site } : {}) };
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
