import * as v from 'valibot';
import { SIGNAL_KINDS } from './detect/types';
import { readableImageUrl } from './images/fetch-image';
import { REPORT_REASONS } from './store/db';
import type { MessageData, MessageName } from './messages';

// The schemas of the message protocol in messages.ts: every argument is validated against
// these before a handler sees it, and every value a page script returns likewise.

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

/** A Detection, as the content script or the injected detector hands it over: never trusted. */
export const detectionSchema = v.object({
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
  pageMayBeRepublished: v.object({ url: httpUrl }),
  getProvenance: v.object({ tabId }),
  retryLookup: v.object({ tabId }),
  getImages: v.object({ tabId }),
  reportImage: v.object({
    tabId,
    imageUrl: v.pipe(v.string(), v.check(readableImageUrl, 'an http(s) or data: image')),
    reason: v.picklist(REPORT_REASONS),
    note: v.optional(text(500)),
  }),
  undoReport: v.object({ id: v.pipe(v.number(), v.integer(), v.minValue(1)), tabId: v.optional(tabId) }),
  reportsChanged: v.strictObject({}),
  setSiteDisabled: v.object({ tabId, disabled: v.boolean() }),
  findOriginal: v.object({ url: httpUrl }),
};

/** Who may send each message: a page's content script, or one of Upstream's own pages. */
export const senders: { [N in MessageName]: 'content-script' | 'extension-page' } = {
  pageMayBeRepublished: 'content-script',
  getProvenance: 'extension-page',
  retryLookup: 'extension-page',
  getImages: 'extension-page',
  reportImage: 'extension-page',
  undoReport: 'extension-page',
  reportsChanged: 'extension-page',
  setSiteDisabled: 'extension-page',
  findOriginal: 'extension-page',
};

