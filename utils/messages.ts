import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { SIGNAL_KINDS, type Detection } from './detect/types';
import type { ProvenanceView } from './provenance/view';

/**
 * The one message protocol between the content script, the popup and the background.
 * Each message names its argument and result; `schemas` validate every argument at the
 * background's boundary, and `senders` say who may send it.
 */
export interface Protocol {
  /** Content script → background: this page republishes another outlet's article. */
  reportDetection: { data: Detection; result: undefined };
  /** Popup → background: the provenance of a tab, starting its lookup if needed. */
  getProvenance: { data: { tabId: number }; result: ProvenanceView };
  /** Popup → background: forget a failed lookup and try again. */
  retryLookup: { data: { tabId: number }; result: ProvenanceView };
}

export type MessageName = keyof Protocol;
export type MessageData<N extends MessageName> = Protocol[N]['data'];
export type MessageResult<N extends MessageName> = Protocol[N]['result'];

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));

const signalSchema = v.object({
  kind: v.picklist(SIGNAL_KINDS),
  evidence: text(500),
  weight: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  where: v.optional(text(200)),
});

const httpUrl = v.pipe(
  text(2048),
  v.url(),
  v.check((value) => /^https?:\/\//i.test(value), 'only http(s) URLs'),
);

const detectionSchema = v.object({
  source: v.object({
    name: v.optional(text(200)),
    url: v.optional(httpUrl),
    publishedAt: v.optional(v.pipe(text(40), v.regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/))),
  }),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  signals: v.pipe(v.array(signalSchema), v.maxLength(50)),
  title: v.optional(text(500)),
  adapter: v.optional(text(60)),
});

export const schemas: { [N in MessageName]: v.GenericSchema<unknown, MessageData<N>> } = {
  reportDetection: detectionSchema,
  getProvenance: v.object({ tabId }),
  retryLookup: v.object({ tabId }),
};

/** Who may send each message: a page's content script, or one of Upstream's own pages. */
export const senders: { [N in MessageName]: 'content-script' | 'extension-page' } = {
  reportDetection: 'content-script',
  getProvenance: 'extension-page',
  retryLookup: 'extension-page',
};

/** Sends a message to the background and returns its typed result. */
export async function sendMessage<N extends MessageName>(
  name: N,
  data: MessageData<N>,
): Promise<MessageResult<N>> {
  return (await browser.runtime.sendMessage({ name, data })) as MessageResult<N>;
}
