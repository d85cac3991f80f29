import { browser } from 'wxt/browser';
import type { ImageProblem } from './images/fetch-image';
import type { ImagesView } from './images/service';
import type { FoundOriginal } from './provenance/find-original';
import type { ProvenanceView } from './provenance/view';
import type { ReportReason } from './store/db';

/**
 * The one message protocol between the content script, the popup and the background.
 * Each message names its argument and result; `message-schemas.ts` validates every argument
 * at the background's boundary and says who may send it (kept apart so the content script
 * ships without the schema library).
 */
export interface Protocol {
  /** Content script → background: the quick pass flagged this page; run the full detection in it. */
  pageMayBeRepublished: { data: { url: string }; result: undefined };
  /** Popup → background: the provenance of a tab, starting its lookup if needed. */
  getProvenance: { data: { tabId: number }; result: ProvenanceView };
  /** Popup → background: forget a failed lookup and try again. */
  retryLookup: { data: { tabId: number }; result: ProvenanceView };
  /** Popup → background: the tab's images, with reports, "seen before" and search links. */
  getImages: { data: { tabId: number }; result: ImagesView | null };
  /** Popup or report window → background: report one of the tab's images (never from a page). */
  reportImage: {
    data: { tabId: number; imageUrl: string; reason: ReportReason; note?: string };
    result: { id: number; problem?: ImageProblem } | { error: 'no-page' | ImageProblem };
  };
  /** Popup → background: take a report back (and uncover the image in the tab). */
  undoReport: { data: { id: number; tabId?: number }; result: { ok: true } };
  /** Options page → background: reports were deleted or imported; cover the open pages again. */
  reportsChanged: { data: Record<string, never>; result: undefined };
  /** Popup → background: "Disable on this site" (or turn it back on) for the tab's site. */
  setSiteDisabled: { data: { tabId: number; disabled: boolean }; result: ProvenanceView };
  /** "Find the original" window → background: resolve an aggregator's link without visiting it. */
  findOriginal: { data: { url: string }; result: FoundOriginal };
}

export type MessageName = keyof Protocol;
export type MessageData<N extends MessageName> = Protocol[N]['data'];
export type MessageResult<N extends MessageName> = Protocol[N]['result'];

/** Sends a message to the background and returns its typed result. */
export async function sendMessage<N extends MessageName>(
  name: N,
  data: MessageData<N>,
): Promise<MessageResult<N>> {
  return (await browser.runtime.sendMessage({ name, data })) as MessageResult<N>;
}
