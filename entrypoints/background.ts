import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetPage, provenanceOf, recordDetection, retryLookup } from '@/utils/provenance/service';
import { registerHandlers } from '@/utils/provenance/router';

export default defineBackground(() => {
  registerHandlers({
    // The router only lets top-frame content scripts send this, so tab and url are set.
    reportDetection: (detection, sender) => recordDetection(sender.tab?.id ?? -1, sender.url ?? '', detection),
    getProvenance: ({ tabId }) => provenanceOf(tabId),
    retryLookup: ({ tabId }) => retryLookup(tabId),
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forgetPage(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetPage(tabId));
});
