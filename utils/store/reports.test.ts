import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { exportReports, importReports, reportImage, reportsFor, undoReport } from './reports';
import { forgetLookup } from './lookups';

const hash = '0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f';
const report = { imageUrl: 'https://images2.maghress.com/aldar/6010203/photo', hash, pageUrl: 'https://maghress.com/fr/aldar/6010203', reason: 'out-of-context' as const };

describe('image reports', () => {
  beforeEach(async () => {
    await db().reports.clear();
  });

  it('finds a report by the image address and by a near hash, and undoes it', async () => {
    const id = await reportImage({ ...report, note: '  Photo de 2019, autre événement  ' });
    expect(await reportsFor(report.imageUrl, undefined)).toMatchObject([{ reason: 'out-of-context', note: 'Photo de 2019, autre événement', reporter: 'self' }]);
    // The same picture elsewhere, three bits apart.
    expect(await reportsFor('https://other.example/copy.jpg', '0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f08')).toHaveLength(1);
    expect(await reportsFor('https://other.example/unrelated.jpg', 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0')).toHaveLength(0);
    await undoReport(id);
    expect(await reportsFor(report.imageUrl, hash)).toHaveLength(0);
  });

  it('survives the caches: forgetting a lookup never touches reports', async () => {
    await reportImage(report);
    await forgetLookup(report.pageUrl);
    expect(await db().reports.count()).toBe(1);
  });

  it('exports and imports reports, without duplicates', async () => {
    await reportImage(report);
    const file = await exportReports();
    expect(await importReports(file)).toEqual({ added: 0 });
    await db().reports.clear();
    expect(await importReports(file)).toEqual({ added: 1 });
    expect(await reportsFor(report.imageUrl, undefined)).toMatchObject([{ hash, reason: 'out-of-context' }]);
  });

  it.each([
    ['not JSON', '{', 'not-json'],
    ['another tool’s file', JSON.stringify({ bookmarks: [] }), 'not-upstream-reports'],
    ['a javascript: image', JSON.stringify({ format: 'upstream-reports', version: 1, reports: [{ ...report, imageUrl: 'javascript:alert(1)', createdAt: 1, reporter: 'x' }] }), 'not-upstream-reports'],
    ['an unknown field', JSON.stringify({ format: 'upstream-reports', version: 1, reports: [{ ...report, createdAt: 1, reporter: 'x', extra: true }] }), 'not-upstream-reports'],
  ])('refuses %s and changes nothing', async (_, text, error) => {
    await reportImage(report);
    expect(await importReports(text)).toEqual({ error });
    expect(await db().reports.count()).toBe(1);
  });
});
