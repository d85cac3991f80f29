import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearCaches, exportAllData, importAllData } from './backup';
import { db } from './db';
import { reportImage } from './reports';
import { DEFAULT_SETTINGS, readSettings, reporterNameItem, updateSettings } from './settings';

const report = { imageUrl: 'https://images2.maghress.com/aldar/6010203/photo', pageUrl: 'https://maghress.com/fr/aldar/6010203', reason: 'manipulated' as const };

describe('backup of all data', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await db().reports.clear();
  });

  it('restores settings and reports (as the reader’s own) in an empty profile', async () => {
    await updateSettings({ banner: false, disabledSites: ['maghress.com'], reportThreshold: 2 });
    await reporterNameItem.setValue('Salma');
    await reportImage(report);
    const file = await exportAllData();

    fakeBrowser.reset();
    await db().reports.clear();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await importAllData(file)).toEqual({ added: 1 });
    expect(await readSettings()).toMatchObject({ banner: false, disabledSites: ['maghress.com'], reportThreshold: 2 });
    expect(await reporterNameItem.getValue()).toBe('Salma');
    expect(await db().reports.toArray()).toMatchObject([{ ...report, reporter: 'self' }]);
  });

  it.each([
    ['not JSON', '{"format":', 'not-json'],
    ['another tool’s file', JSON.stringify({ version: 1, bookmarks: [] }), 'not-upstream-backup'],
    ['a reports export instead of a backup', JSON.stringify({ format: 'upstream-reports', version: 1, reports: [] }), 'not-upstream-backup'],
    ['bad settings', JSON.stringify({ format: 'upstream-backup', version: 1, settings: { ...DEFAULT_SETTINGS, reportThreshold: 0 }, reporterName: 'x', reports: { format: 'upstream-reports', version: 1, reports: [] } }), 'not-upstream-backup'],
    ['a bad report', JSON.stringify({ format: 'upstream-backup', version: 1, settings: { ...DEFAULT_SETTINGS, banner: false }, reporterName: 'x', reports: { format: 'upstream-reports', version: 1, reports: [{ ...report, imageUrl: 'javascript:alert(1)', createdAt: 1, reporter: 'x' }] } }), 'not-upstream-backup'],
    ['a huge file', `{"format":"upstream-backup","pad":"${'x'.repeat(61 * 1024 * 1024)}"}`, 'too-large'],
  ])('refuses %s and changes nothing', async (_, text, error) => {
    await updateSettings({ reportThreshold: 5 });
    await reportImage(report);
    expect(await importAllData(text)).toEqual({ error });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, reportThreshold: 5 });
    expect(await db().reports.count()).toBe(1);
  });

  it('clears the caches but never the reports', async () => {
    await reportImage(report);
    await db().imageHashes.put({ url: report.imageUrl, hash: '0'.repeat(32), checkedAt: 1 });
    await db().lookups.put({ key: 'https://www.aldar.ma/a', outcome: { ok: false, failure: 'timeout', detail: 'no answer in 15 s', hops: [] }, checkedAt: 1, expiresAt: 2, lastUsedAt: 1 });
    await clearCaches();
    expect(await db().imageHashes.count()).toBe(0);
    expect(await db().lookups.count()).toBe(0);
    expect(await db().reports.count()).toBe(1);
  });
});
