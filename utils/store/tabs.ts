import { storage } from 'wxt/utils/storage';
import type { Detection } from '../detect/types';
import type { Comparison } from '../verify/compare';

/** What the background knows about one tab. Kept in session storage: the worker may stop. */
export interface TabRecord {
  pageUrl: string;
  detection: Detection;
  /** Normalised source URL, the lookup's cache key; absent when the page names no usable link. */
  lookupKey?: string;
  detectedAt: number;
  /** The copy compared with the original, once both were read. */
  comparison?: Comparison;
  /** When the copy says it was published. */
  copyPublishedAt?: string;
  /** The original was opened for the reader already (the auto-open setting). */
  autoOpened?: boolean;
}

const key = (tabId: number) => `session:tab:${tabId}` as const;

export async function readTab(tabId: number): Promise<TabRecord | null> {
  return storage.getItem<TabRecord>(key(tabId));
}

export async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  await storage.setItem(key(tabId), record);
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Forgets everything about a closed tab. */
export async function forgetClosedTab(tabId: number): Promise<void> {
  await storage.removeItems([key(tabId), lastPageKey(tabId)]);
}

/** The page a tab showed last, and when: to learn where a redirecting link led the reader. */
export interface LastPage {
  url: string;
  at: number;
}

const lastPageKey = (tabId: number) => `session:last-page:${tabId}` as const;

export async function swapLastPage(tabId: number, page: LastPage): Promise<LastPage | null> {
  const previous = await storage.getItem<LastPage>(lastPageKey(tabId));
  await storage.setItem(lastPageKey(tabId), page);
  return previous;
}
