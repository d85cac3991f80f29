import { browser } from 'wxt/browser';
import type { ProvenanceState } from './view';
import { t } from '../i18n';

// Firefox MV2 builds have browserAction, MV3 builds have action.
const action = () => browser.action ?? browser.browserAction;

const COLOURS: Partial<Record<ProvenanceState, string>> = {
  unreachable: '#b3261e',
  named: '#6b4f00',
};

/** Marks the toolbar button of a tab whose page republishes another outlet's article. */
export async function showBadge(tabId: number, state: ProvenanceState, sourceName: string | undefined): Promise<void> {
  const button = action();
  await Promise.all([
    button.setBadgeText({ tabId, text: t('badgeRepublished') }),
    button.setBadgeBackgroundColor({ tabId, color: COLOURS[state] ?? '#1a56db' }),
    button.setTitle({ tabId, title: sourceName ? t('badgeTitleNamed', [sourceName]) : t('badgeTitle') }),
  ]).catch(() => undefined); // The tab may have closed meanwhile.
}

/** Takes the mark off a tab whose page is no longer known to be a copy. */
export async function clearBadge(tabId: number): Promise<void> {
  await action()
    .setBadgeText({ tabId, text: '' })
    .catch(() => undefined);
}
