import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteDisabled, readSettings, setSiteDisabled, settingsItem, updateSettings, type Settings } from './settings';

/** Writes the stored settings as a hand-edited store (or an older build) might have left them. */
async function storeRaw(value: unknown): Promise<void> {
  await browser.storage.local.set({ settings: value });
}

async function storedRaw(): Promise<unknown> {
  return (await browser.storage.local.get('settings')).settings;
}

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are the defaults on an empty store', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ reportThreshold: 1, searchEngines: ['google-lens', 'bing', 'yandex', 'tineye', 'fact-check-explorer'] });
  });

  it('read back what was stored', async () => {
    await updateSettings({ reportThreshold: 3, searchEngines: ['tineye', 'bing'] });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, reportThreshold: 3, searchEngines: ['tineye', 'bing'] });
  });

  it.each([
    ['a negative threshold', { reportThreshold: -3, searchEngines: ['bing'] }, { searchEngines: ['bing'] }],
    ['a fractional threshold', { reportThreshold: 2.5, searchEngines: ['bing'] }, { searchEngines: ['bing'] }],
    ['a threshold as text', { reportThreshold: '3', searchEngines: ['bing'] }, { searchEngines: ['bing'] }],
    ['an unknown engine', { reportThreshold: 4, searchEngines: ['bing', 'evil'] }, { reportThreshold: 4 }],
    ['engines not in a list', { reportThreshold: 4, searchEngines: 'bing' }, { reportThreshold: 4 }],
  ])('reset only the bad field of a store with %s', async (_, stored, kept) => {
    await storeRaw(stored);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, ...kept });
  });

  it('are the defaults when the store holds something else entirely', async () => {
    await storeRaw('reportThreshold=3');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await storeRaw(null);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merge a change into the others', async () => {
    await updateSettings({ reportThreshold: 5 });
    const next = await updateSettings({ searchEngines: ['google-lens'] });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, reportThreshold: 5, searchEngines: ['google-lens'] });
    expect(await storedRaw()).toEqual(next);
  });

  it('repair a bad stored field on the next valid change', async () => {
    await storeRaw({ reportThreshold: -3, searchEngines: ['yandex'] });
    await updateSettings({ searchEngines: ['bing'] });
    expect(await storedRaw()).toEqual({ ...DEFAULT_SETTINGS, searchEngines: ['bing'] });
  });

  it.each([
    ['a zero threshold', { reportThreshold: 0 }],
    ['a negative threshold', { reportThreshold: -3 }],
    ['a threshold over 1000', { reportThreshold: 1001 }],
    ['a fractional threshold', { reportThreshold: 1.5 }],
    ['an unknown engine', { searchEngines: ['bing', 'evil'] }],
    ['an engine twice too many', { searchEngines: ['bing', 'bing', 'bing', 'bing', 'bing', 'bing'] }],
  ])('refuse %s and keep what was stored', async (_, change) => {
    await updateSettings({ reportThreshold: 2, searchEngines: ['tineye'] });
    const before = await storedRaw();
    await expect(updateSettings(change as unknown as Partial<Settings>)).rejects.toThrow('invalid settings');
    expect(await storedRaw()).toEqual(before);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, reportThreshold: 2, searchEngines: ['tineye'] });
  });

  it('refuse an invalid change on an empty store without storing anything', async () => {
    await expect(updateSettings({ reportThreshold: -1 })).rejects.toThrow();
    expect(await storedRaw()).toBeUndefined();
  });
});

describe('settings from an older version', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('migrate version 1 (image settings only) to version 2 without losing a value', async () => {
    await browser.storage.local.set({ settings: { searchEngines: ['tineye'], reportThreshold: 3 }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, searchEngines: ['tineye'], reportThreshold: 3 });
    expect((await browser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
    expect(await storedRaw()).toMatchObject({ searchEngines: ['tineye'], reportThreshold: 3, banner: true, privacyMode: false, disabledSites: [] });
  });

  it('turn Upstream off on a site and back on, keeping the list sorted and without repeats', async () => {
    await setSiteDisabled('maghress.com', true);
    await setSiteDisabled('aldar.ma', true);
    await setSiteDisabled('maghress.com', true);
    expect((await readSettings()).disabledSites).toEqual(['aldar.ma', 'maghress.com']);
    expect(await isSiteDisabled('maghress.com')).toBe(true);
    await setSiteDisabled('maghress.com', false);
    expect(await isSiteDisabled('maghress.com')).toBe(false);
    expect(await isSiteDisabled(null)).toBe(false);
  });
});
