import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { BannerContent } from '../banner/render';
import { formatDate, t, uiDirection, uiLanguage } from '../i18n';
import { toHttpUrl } from '../resolve/url';
import { readLookup } from '../store/lookups';
import { readSettings } from '../store/settings';
import { readTab, type TabRecord } from '../store/tabs';
import { runInTab } from './inject';
import { lookedUpState, type ProvenanceState } from './view';

const VERDICT_KEYS: Partial<Record<ProvenanceState, Parameters<typeof t>[0]>> = {
  resolving: 'bannerChecking',
  verified: 'bannerVerified',
  edited: 'bannerEdited',
  different: 'bannerDifferent',
  unreachable: 'bannerUnreachable',
};

/** What the banner says for a detected tab: the outlet, its date, the verdict so far, the link. */
export async function bannerContent(tab: TabRecord): Promise<BannerContent> {
  const lookup = tab.lookupKey ? await readLookup(tab.lookupKey) : undefined;
  const state: ProvenanceState = lookup ? lookedUpState(lookup.outcome, tab.comparison) : tab.lookupKey ? 'resolving' : 'named';
  const { source } = tab.detection;
  const publishedAt = lookup?.original?.publishedAt ?? source.publishedAt;
  const verdict = VERDICT_KEYS[state];
  const original = lookup?.outcome.ok ? lookup.outcome.finalUrl : toHttpUrl(source.url)?.href;
  return {
    headline: source.name ? t('bannerFrom', [source.name]) : t('bannerRepublished'),
    details: [...(publishedAt ? [formatDate(publishedAt)] : []), ...(verdict ? [t(verdict)] : [])],
    ...(original ? { originalUrl: original } : {}),
    openLabel: t('openOriginal'),
    dismissLabel: t('bannerDismiss'),
    label: t('extName'),
    dir: uiDirection(),
    lang: uiLanguage(),
  };
}

// Each tab's banner updates run one after another, so a late "checking" never overwrites a verdict.
const queues = new Map<number, Promise<void>>();

/**
 * Shows the tab's banner as the tab's record now stands (when the reader wants banners), or
 * hides it (`show` false: the site was disabled).
 */
export function updateBanner(tabId: number, show = true): Promise<void> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(() => sendBanner(tabId, show)).catch(() => undefined);
  queues.set(tabId, next);
  void next.finally(() => queues.get(tabId) === next && queues.delete(tabId));
  return next;
}

async function sendBanner(tabId: number, show: boolean): Promise<void> {
  const tab = show ? await readTab(tabId) : null;
  if (show && (!tab || !(await readSettings()).banner)) return;
  const injected = await runInTab(tabId, '/banner.js', v.literal(true));
  if (!injected) return;
  const banner = tab ? await bannerContent(tab) : null;
  await browser.tabs.sendMessage(tabId, { target: 'upstream-banner', banner }, { frameId: 0 }).catch(() => undefined);
}
