import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { adapters } from '@/utils/detect/adapters';
import { toHttpUrl } from '@/utils/resolve/url';
import { registerHandlers } from '@/utils/provenance/router';
import { examineTab, forgetClosedPage, forgetPage, noteNavigation, provenanceOf, reexamineTab, retryLookup } from '@/utils/provenance/service';

export default defineBackground(() => {
  registerHandlers({
    // The router lets only top-frame content scripts send this, so the tab is known.
    pageMayBeRepublished: (_, sender) => examineTab(sender.tab?.id ?? -1, sender.url ?? ''),
    getProvenance: ({ tabId }) => provenanceOf(tabId),
    retryLookup: ({ tabId }) => retryLookup(tabId),
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url) void forgetPage(tabId);
    // Aggregators with a site adapter are known by their URL: no quick pass needed.
    const url = change.status === 'complete' ? toHttpUrl(tab.url) : null;
    if (url && adapters.some((adapter) => adapter.matches(url))) void examineTab(tabId, url.href);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetClosedPage(tabId));
  browser.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId === 0) void noteNavigation(details.tabId, details.url);
  });
  // Single-page sites (MSN, Yahoo) change articles without loading a page: look again.
  browser.webNavigation.onHistoryStateUpdated.addListener((details) => {
    if (details.frameId === 0) void reexamineTab(details.tabId, details.url);
  });
});
