import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { adapters } from '@/utils/detect/adapters';
import { toHttpUrl } from '@/utils/resolve/url';
import { registerImageMenus } from '@/utils/images/menus';
import { coverAllTabs, coverTab, imagesOf, reportTabImage, undoTabReport } from '@/utils/images/service';
import { registerHandlers } from '@/utils/provenance/router';
import { hasReports } from '@/utils/store/reports';
import { findOriginal } from '@/utils/provenance/find-original';
import {
  examineTab,
  forgetClosedPage,
  forgetPage,
  noteNavigation,
  openOriginalOfActiveTab,
  provenanceOf,
  reexamineTab,
  retryLookup,
  setSiteDisabledForTab,
} from '@/utils/provenance/service';

export default defineBackground(() => {
  registerHandlers({
    // The router lets only top-frame content scripts send this, so the tab is known.
    pageMayBeRepublished: (_, sender) => examineTab(sender.tab?.id ?? -1, sender.url ?? ''),
    getProvenance: ({ tabId }) => provenanceOf(tabId),
    retryLookup: ({ tabId }) => retryLookup(tabId),
    getImages: ({ tabId }) => imagesOf(tabId),
    reportImage: (request) => reportTabImage(request),
    undoReport: (request) => undoTabReport(request),
    reportsChanged: () => coverAllTabs(),
    setSiteDisabled: ({ tabId, disabled }) => setSiteDisabledForTab(tabId, disabled),
    findOriginal: ({ url }) => findOriginal(url),
  });
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'open-original') void openOriginalOfActiveTab();
  });
  registerImageMenus();
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url) void forgetPage(tabId);
    // Aggregators with a site adapter are known by their URL: no quick pass needed.
    const url = change.status === 'complete' ? toHttpUrl(tab.url) : null;
    if (url && adapters.some((adapter) => adapter.matches(url))) void examineTab(tabId, url.href);
    // Reported images are covered wherever they appear again (nothing to do without reports).
    if (url) void hasReports().then((any) => (any ? coverTab(tabId) : 0));
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
