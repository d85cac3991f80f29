import * as v from 'valibot';
import { SAME_IMAGE_DISTANCE } from '../images/dhash';
import { readJsonFile } from './json-file';
import { db, REPORT_REASONS, type ImageReport, type ReportReason } from './db';

const MAX_NOTE = 500;
/** An import larger than this is refused whole: a team's pooled reports are far smaller. */
export const MAX_IMPORT_REPORTS = 50_000;

const httpUrl = v.pipe(v.string(), v.maxLength(2048), v.check((value) => /^https?:\/\//i.test(value), 'only http(s) URLs'));

/** One report as an export file holds it; anything else in an import is refused. */
const reportSchema = v.pipe(v.strictObject({
  imageUrl: v.optional(httpUrl),
  hash: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/))),
  pageUrl: httpUrl,
  sourceUrl: v.optional(httpUrl),
  reason: v.picklist(REPORT_REASONS),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  reporter: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
}), v.check((report) => report.imageUrl !== undefined || report.hash !== undefined, 'an image address or hash'));
const exportSchema = v.strictObject({
  format: v.literal('upstream-reports'),
  version: v.literal(1),
  /** The name the exporting reader's own reports carry in the file. */
  exportedBy: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
  reports: v.pipe(v.array(reportSchema), v.maxLength(MAX_IMPORT_REPORTS)),
});

/** Records the reader's report of an image; returns its id (to undo it). */
export async function reportImage(report: { imageUrl?: string; hash?: string; pageUrl: string; sourceUrl?: string; reason: ReportReason; note?: string }): Promise<number> {
  if (report.imageUrl === undefined && report.hash === undefined) throw new Error('a report needs the image address or its hash');
  const note = report.note?.trim().slice(0, MAX_NOTE);
  const id = await db().reports.add({ ...report, ...(note ? { note } : {}), createdAt: Date.now(), reporter: 'self' });
  if (id === undefined) throw new Error('the report was not stored');
  return id;
}

/** Takes a report back. */
export async function undoReport(id: number): Promise<void> {
  await db().reports.delete(id);
}

/**
 * Reports arranged for matching a page's many images at once: a map by address, and the
 * hashed reports' bits parsed once (an imported team file may hold tens of thousands).
 */
export function reportMatcher(reports: readonly ImageReport[]): (imageUrl: string | undefined, hash: string | undefined) => ImageReport[] {
  const byUrl = new Map<string, ImageReport[]>();
  for (const report of reports) if (report.imageUrl !== undefined) byUrl.set(report.imageUrl, [...(byUrl.get(report.imageUrl) ?? []), report]);
  const words = (hex: string) => Uint32Array.from({ length: 4 }, (_, index) => parseInt(hex.slice(index * 8, index * 8 + 8), 16) >>> 0);
  const hashed = reports.flatMap((report) => (report.hash && /^[0-9a-f]{32}$/.test(report.hash) ? [{ report, bits: words(report.hash) }] : []));
  return (imageUrl, hash) => {
    const matches = new Set(imageUrl !== undefined ? (byUrl.get(imageUrl) ?? []) : []);
    if (hash && /^[0-9a-f]{32}$/.test(hash)) {
      const bits = words(hash);
      for (const candidate of hashed) {
        let distance = 0;
        for (let index = 0; index < 4 && distance <= SAME_IMAGE_DISTANCE; index++) distance += popcount(((candidate.bits[index] ?? 0) ^ (bits[index] ?? 0)) >>> 0);
        if (distance <= SAME_IMAGE_DISTANCE) matches.add(candidate.report);
      }
    }
    return [...matches];
  };
}

function popcount(x: number): number {
  let count = 0;
  for (let rest = x; rest; rest &= rest - 1) count++;
  return count;
}

/** Of `reports`, those about this image: the same address, or the same picture by its hash. */
export function reportsMatching(reports: readonly ImageReport[], imageUrl: string | undefined, hash: string | undefined): ImageReport[] {
  return reportMatcher(reports)(imageUrl, hash);
}

/** The reports that apply to an image (reports are few enough to compare every hash). */
export async function reportsFor(imageUrl: string | undefined, hash: string | undefined): Promise<ImageReport[]> {
  return reportsMatching(await db().reports.toArray(), imageUrl, hash);
}

/**
 * Every report as a JSON export (a fact-checking team pools these). The reader's own reports
 * carry `reporterName` in the file, so a colleague's browser counts them as another person's.
 */
export async function exportReports(reporterName = 'self'): Promise<string> {
  // Ids are this browser's own numbering: an export carries the reports, not the ids.
  const reports = (await db().reports.orderBy('createdAt').toArray()).map((report) => {
    const copy = { ...report, reporter: report.reporter === 'self' ? reporterName : report.reporter };
    delete copy.id;
    return copy;
  });
  return JSON.stringify({ format: 'upstream-reports', version: 1, exportedBy: reporterName, reports }, null, 2);
}

/**
 * Adds the reports of an export file, refusing the whole file when anything in it is not a
 * report (another tool's file, a malformed or oversized one): nothing changes then.
 * Reports already present (same image, page and time) are not added twice.
 */
export async function importReports(text: string, { asOwn = false } = {}): Promise<{ added: number } | { error: string }> {
  const file = readJsonFile(text, 50 * 1024 * 1024, exportSchema);
  if ('error' in file) return { error: file.error === 'wrong-file' ? 'not-upstream-reports' : file.error };
  // Restoring one's own backup: the exporter's reports become this reader's own again.
  const { exportedBy } = file.data;
  const incoming = file.data.reports.map((report) => (asOwn && report.reporter === exportedBy ? { ...report, reporter: 'self' } : report));
  const reports = db().reports;
  return db().transaction('rw', reports, async () => {
    // One report is one image on one page at one millisecond, whoever's name it carries now.
    const key = (report: { imageUrl?: string; hash?: string; pageUrl: string; createdAt: number }) => `${report.imageUrl ?? report.hash} ${report.pageUrl} ${report.createdAt}`;
    const existing = new Set((await reports.toArray()).map(key));
    // Each report once, even when the file itself lists one twice.
    const fresh = incoming.filter((report) => !existing.has(key(report)) && Boolean(existing.add(key(report))));
    await reports.bulkAdd(fresh);
    return { added: fresh.length };
  });
}

/** Every report, newest first (the options page lists them). */
export async function allReports(): Promise<ImageReport[]> {
  return (await db().reports.orderBy('createdAt').reverse().toArray());
}

export async function hasReports(): Promise<boolean> {
  return (await db().reports.count()) > 0;
}

/**
 * Whether an image with these reports is hidden: always once the reader reported it, else
 * once `threshold` different people did (reports pooled from a team's exports).
 */
export function isHidden(reports: readonly ImageReport[], threshold: number): boolean {
  if (reports.some((report) => report.reporter === 'self')) return true;
  return peopleWhoReported(reports) >= threshold;
}

/** How many different people these reports come from. */
export function peopleWhoReported(reports: readonly ImageReport[]): number {
  return new Set(reports.map((report) => report.reporter)).size;
}

const CSV_COLUMNS = ['createdAt', 'reason', 'note', 'imageUrl', 'hash', 'pageUrl', 'sourceUrl', 'reporter'] as const;

/** A CSV cell: quoted, and a leading formula character defused (a spreadsheet must not run it). */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Every report as CSV, for a spreadsheet (import reads only the JSON export). */
export async function exportReportsCsv(): Promise<string> {
  const rows = (await db().reports.orderBy('createdAt').toArray()).map((report) =>
    CSV_COLUMNS.map((column) => csvCell(column === 'createdAt' ? new Date(report.createdAt).toISOString() : String(report[column] ?? ''))).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
