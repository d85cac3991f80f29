import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyCovers, type CoverOrder } from '@/utils/images/cover';
import { scanImages } from '@/utils/images/page-images';

// Injected by the background into pages where images may need covering, and when the popup
// lists a page's images. Its value is the page's image list (validated by the background); it
// also stays to take the background's cover orders for this page.

interface CoverMessage {
  target: 'upstream-covers';
  covers: CoverOrder[];
  show: string;
}

function isCoverMessage(message: unknown): message is CoverMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { target, covers, show } = message as Partial<CoverMessage>;
  return target === 'upstream-covers' && typeof show === 'string' && Array.isArray(covers)
    && covers.every((order) => typeof order.src === 'string' && typeof order.label === 'string');
}

declare global {
  // This script's world is the extension's isolated one: the page cannot see or set this flag.
  var upstreamCoversListening: boolean | undefined;
}

export default defineUnlistedScript(() => {
  if (!globalThis.upstreamCoversListening) {
    globalThis.upstreamCoversListening = true;
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isCoverMessage(message)) return undefined;
      return Promise.resolve(applyCovers(message.covers, { show: message.show }));
    });
  }
  return scanImages(document);
});
