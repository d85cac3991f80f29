import * as v from 'valibot';
import { SAME_IMAGE_DISTANCE, hammingDistance } from '../images/dhash';
import { db, REPORT_REASONS, type ImageReport, type ReportReason } from './db';

const MAX_NOTE = 500;
/** An import larger than this is refused whole: a team's pooled reports are far smaller. */
export const MAX_IMPORT_REPORTS = 50_000;

const httpUrl = v.pipe(v.string(), v.maxLength(2048), v.check((value) => /^https?:\/\//i.test(value), 'only http(s) URLs'));

/** One report as an export file holds it; anything else in an import is refused. */
const reportSchema = v.strictObject({
  imageUrl: httpUrl,
  hash: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/))),
  pageUrl: httpUrl,
  sourceUrl: v.optional(httpUrl),
  reason: v.picklist(REPORT_REASONS),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  reporter: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
});
const exportSchema = v.strictObject({
  format: v.literal('upstream-reports'),
  version: v.literal(1),
  reports: v.pipe(v.array(reportSchema), v.maxLength(MAX_IMPORT_REPORTS)),
});

/** Records the reader's report of an image; returns its id (to undo it). */
export async function reportImage(report: { imageUrl: string; hash?: string; pageUrl: string; sourceUrl?: string; reason: ReportReason; note?: string }): Promise<number> {
  const note = report.note?.trim().slice(0, MAX_NOTE);
  const id = await db().reports.add({ ...report, ...(note ? { note } : {}), createdAt: Date.now(), reporter: 'self' });
  if (id === undefined) throw new Error('the report was not stored');
  return id;
}

/** Takes a report back. */
export async function undoReport(id: number): Promise<void> {
  await db().reports.delete(id);
}

/** The reports that apply to an image: the same address, or the same picture by its hash. */
export async function reportsFor(imageUrl: string, hash: string | undefined): Promise<ImageReport[]> {
  const byUrl = await db().reports.where('imageUrl').equals(imageUrl).toArray();
  if (!hash) return byUrl;
  const seen = new Set(byUrl.map((report) => report.id));
  // Hashes cannot be range-searched by distance: reports are few enough to compare them all.
  const byHash = await db()
    .reports.filter((report) => !seen.has(report.id) && report.hash !== undefined && hammingDistance(report.hash, hash) <= SAME_IMAGE_DISTANCE)
    .toArray();
  return [...byUrl, ...byHash];
}

/** Every report as a JSON export (a fact-checking team pools these). */
export async function exportReports(): Promise<string> {
  // Ids are this browser's own numbering: an export carries the reports, not the ids.
  const reports = (await db().reports.orderBy('createdAt').toArray()).map((report) => {
    const copy = { ...report };
    delete copy.id;
    return copy;
  });
  return JSON.stringify({ format: 'upstream-reports', version: 1, reports }, null, 2);
}

/**
 * Adds the reports of an export file, refusing the whole file when anything in it is not a
 * report (another tool's file, a malformed or oversized one): nothing changes then.
 * Reports already present (same image, page, reporter and time) are not added twice.
 */
export async function importReports(text: string): Promise<{ added: number } | { error: string }> {
  if (text.length > 50 * 1024 * 1024) return { error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not-json' };
  }
  const parsed = v.safeParse(exportSchema, data);
  if (!parsed.success) return { error: 'not-upstream-reports' };
  const reports = db().reports;
  return db().transaction('rw', reports, async () => {
    const existing = new Set((await reports.toArray()).map((report) => `${report.imageUrl} ${report.pageUrl} ${report.reporter} ${report.createdAt}`));
    const fresh = parsed.output.reports.filter((report) => !existing.has(`${report.imageUrl} ${report.pageUrl} ${report.reporter} ${report.createdAt}`));
    await reports.bulkAdd(fresh);
    return { added: fresh.length };
  });
}
