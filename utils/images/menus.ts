import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { readSettings, settingsItem } from '../store/settings';
import { engineName, searchLinks, SEARCH_ENGINES, type SearchEngine } from './search-links';

const REPORT = 'upstream-report-image';
const SEARCH = 'upstream-search-image';
const SEARCH_WITH = 'upstream-search-with:';
const FIND = 'upstream-find-original';

/**
 * "Find the original" on links; "Report image…" and "Search image origin" (one entry per
 * chosen engine) on every image.
 */
async function createMenus(): Promise<void> {
  const menus = browser.contextMenus;
  await menus.removeAll();
  menus.create({ id: FIND, title: t('menuFindOriginal'), contexts: ['link'] });
  menus.create({ id: REPORT, title: t('menuReportImage'), contexts: ['image'] });
  const { searchEngines } = await readSettings();
  if (searchEngines.length === 0) return;
  menus.create({ id: SEARCH, title: t('menuSearchImage'), contexts: ['image'] });
  for (const engine of searchEngines) menus.create({ id: `${SEARCH_WITH}${engine}`, parentId: SEARCH, title: engineName(engine), contexts: ['image'] });
}

function isEngine(value: string): value is SearchEngine {
  return (SEARCH_ENGINES as readonly string[]).includes(value);
}

async function onClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === FIND && info.linkUrl) {
    const url = browser.runtime.getURL(`/find.html?url=${encodeURIComponent(info.linkUrl)}`);
    await browser.windows.create({ url, type: 'popup', width: 440, height: 420 });
    return;
  }
  const image = info.srcUrl;
  if (!image || tab?.id === undefined) return;
  const id = String(info.menuItemId);
  if (id === REPORT) {
    // A small window of Upstream's own: the page cannot see or script it.
    const url = browser.runtime.getURL(`/report.html?tabId=${tab.id}&image=${encodeURIComponent(image)}`);
    await browser.windows.create({ url, type: 'popup', width: 440, height: 620 });
    return;
  }
  const engine = id.startsWith(SEARCH_WITH) ? id.slice(SEARCH_WITH.length) : '';
  const [link] = isEngine(engine) ? searchLinks(image, [engine]) : [];
  if (link) await browser.tabs.create({ url: link.href, index: tab.index + 1, openerTabId: tab.id });
}

// One rebuild at a time: two interleaved rebuilds would create the same ids twice.
let rebuilding: Promise<void> = Promise.resolve();
const rebuildMenus = () => {
  rebuilding = rebuilding.then(createMenus, createMenus);
};

/** Sets up the image menus, and keeps them in step with the chosen search engines. */
export function registerImageMenus(): void {
  // Made afresh at every start: Firefox forgets menus when the browser restarts, and
  // removeAll() first keeps a restarted Chrome worker from adding duplicates.
  rebuildMenus();
  settingsItem.watch(rebuildMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => void onClicked(info, tab));
}
