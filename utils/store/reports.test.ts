import { beforeEach, describe, expect, it } from 'vitest';
import { db, type ImageReport } from './db';
import { exportReports, exportReportsCsv, importReports, isHidden, reportImage, reportsFor, undoReport } from './reports';
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

/** A report as a pooled export holds it: someone's, at a fixed time. */
function pooled(reporter: string, extra: Partial<ImageReport> = {}): ImageReport {
  return { ...report, createdAt: Date.UTC(2023, 9, 30, 9, 15), reporter, ...extra };
}

/** An export file as another reader's browser writes it. */
function exportFile(reports: Partial<ImageReport>[], exportedBy?: string): string {
  return JSON.stringify({ format: 'upstream-reports', version: 1, ...(exportedBy ? { exportedBy } : {}), reports });
}

describe('isHidden', () => {
  it('hides an image the reader reported, whatever the threshold', () => {
    expect(isHidden([pooled('self')], 1)).toBe(true);
    expect(isHidden([pooled('self')], 1000)).toBe(true);
    expect(isHidden([pooled('amina'), pooled('self')], 5)).toBe(true);
  });

  it('hides an image others reported once that many different people did', () => {
    expect(isHidden([pooled('amina')], 1)).toBe(true);
    expect(isHidden([pooled('amina')], 2)).toBe(false);
    // One person reporting twice (two pages, two times) is still one person.
    expect(isHidden([pooled('amina'), pooled('amina', { createdAt: 1, pageUrl: 'https://www.aldar.ma/a.html' })], 2)).toBe(false);
    expect(isHidden([pooled('amina'), pooled('karim')], 2)).toBe(true);
    expect(isHidden([pooled('amina'), pooled('karim')], 3)).toBe(false);
  });

  it('hides nothing without reports', () => {
    expect(isHidden([], 1)).toBe(false);
  });
});

describe('exportReportsCsv', () => {
  beforeEach(async () => {
    await db().reports.clear();
  });

  it('writes a header row, then one quoted row per report, oldest first', async () => {
    await db().reports.bulkAdd([
      pooled('amina', { createdAt: Date.UTC(2023, 9, 31), note: 'Photo de 2019, "autre" événement, à Fès', sourceUrl: 'https://www.aldar.ma/laftit-sentretient-avec-son-homologue-allemande-145832.html' }),
      pooled('self', { createdAt: Date.UTC(2023, 9, 30), imageUrl: undefined, reason: 'manipulated' }),
    ]);
    const lines = (await exportReportsCsv()).split('\r\n');
    expect(lines).toEqual([
      'createdAt,reason,note,imageUrl,hash,pageUrl,sourceUrl,reporter',
      `"2023-10-30T00:00:00.000Z","manipulated","","","${hash}","${report.pageUrl}","","self"`,
      `"2023-10-31T00:00:00.000Z","out-of-context","Photo de 2019, ""autre"" événement, à Fès","${report.imageUrl}","${hash}","${report.pageUrl}","https://www.aldar.ma/laftit-sentretient-avec-son-homologue-allemande-145832.html","amina"`,
      '',
    ]);
  });

  it.each([['=HYPERLINK("https://evil.example","clic")'], ['+33 1 23'], ['-1+1'], ['@SUM(A1)']])('defuses a note beginning %s so a spreadsheet shows it as text', async (note) => {
    await db().reports.add(pooled('amina', { note }));
    const [, row] = (await exportReportsCsv()).split('\r\n');
    expect(row).toContain(`,"'${note.replace(/"/g, '""')}",`);
  });

  it('is only the header without reports', async () => {
    expect(await exportReportsCsv()).toBe('createdAt,reason,note,imageUrl,hash,pageUrl,sourceUrl,reporter\r\n');
  });
});

describe('importing an export', () => {
  beforeEach(async () => {
    await db().reports.clear();
  });

  it('carries the exporter’s name: theirs in a colleague’s browser, the reader’s own again with asOwn', async () => {
    await reportImage(report);
    await db().reports.add(pooled('amina', { imageUrl: 'https://images2.maghress.com/aldar/6010204/photo' }));
    const file = await exportReports('reader-1a2b3c4d');
    const exported = (JSON.parse(file) as { reports: ImageReport[] }).reports;
    expect(exported.map((entry) => entry.reporter).sort()).toEqual(['amina', 'reader-1a2b3c4d']);
    expect(exported.every((entry) => entry.id === undefined)).toBe(true);

    await db().reports.clear();
    expect(await importReports(file, { asOwn: true })).toEqual({ added: 2 });
    expect((await reportsFor(report.imageUrl, undefined)).map((entry) => entry.reporter)).toEqual(['self']);
    // Someone else's report in one's own backup stays theirs.
    expect((await reportsFor('https://images2.maghress.com/aldar/6010204/photo', undefined)).map((entry) => entry.reporter)).toEqual(['amina']);

    await db().reports.clear();
    expect(await importReports(file)).toEqual({ added: 2 });
    expect((await reportsFor(report.imageUrl, undefined)).map((entry) => entry.reporter)).toEqual(['reader-1a2b3c4d']);
  });

  it('adds nothing when the same file comes again', async () => {
    const file = exportFile([pooled('amina'), pooled('karim', { createdAt: Date.UTC(2023, 9, 31) })], 'karim');
    expect(await importReports(file)).toEqual({ added: 2 });
    expect(await importReports(file)).toEqual({ added: 0 });
    // Nor when it comes back as one's own: the same report under another name.
    expect(await importReports(file, { asOwn: true })).toEqual({ added: 0 });
    expect(await db().reports.count()).toBe(2);
  });

  it('accepts a report of an inline picture, known by its hash only', async () => {
    const inline: Partial<ImageReport> = pooled('amina');
    delete inline.imageUrl;
    expect(await importReports(exportFile([inline]))).toEqual({ added: 1 });
    expect(await reportsFor(undefined, hash)).toMatchObject([{ reporter: 'amina', pageUrl: report.pageUrl }]);
  });

  it('refuses the whole file when a report has neither address nor hash', async () => {
    const nameless: Partial<ImageReport> = pooled('amina');
    delete nameless.imageUrl;
    delete nameless.hash;
    expect(await importReports(exportFile([pooled('karim'), nameless]))).toEqual({ error: 'not-upstream-reports' });
    expect(await db().reports.count()).toBe(0);
  });

  it.each([
    ['a hash of the wrong length', { hash: '0f0f' }],
    ['an empty reporter', { reporter: '' }],
    ['an unknown reason', { reason: 'boring' }],
    ['a note over 500 characters', { note: 'x'.repeat(501) }],
    ['a negative time', { createdAt: -1 }],
  ])('refuses a report with %s', async (_, change) => {
    expect(await importReports(exportFile([{ ...pooled('amina'), ...change } as Partial<ImageReport>]))).toEqual({ error: 'not-upstream-reports' });
    expect(await db().reports.count()).toBe(0);
  });
});
