import * as v from 'valibot';
import { db } from './db';
import { readJsonFile } from './json-file';
import { exportReports, importReports } from './reports';
import { readSettings, reporterNameItem, settingsItem, settingsSchema } from './settings';

/** The largest backup file read: far above any reader's settings and reports. */
const MAX_BACKUP_CHARS = 60 * 1024 * 1024;

const backupSchema = v.strictObject({
  format: v.literal('upstream-backup'),
  version: v.literal(1),
  settings: settingsSchema,
  reporterName: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  /** The reports, as the reports export writes them (checked again by importReports). */
  reports: v.unknown(),
});

/** Everything the reader made: settings, name and reports (caches are not data). */
export async function exportAllData(): Promise<string> {
  const reporterName = await reporterNameItem.getValue();
  const reports: unknown = JSON.parse(await exportReports(reporterName));
  return JSON.stringify({ format: 'upstream-backup', version: 1, settings: await readSettings(), reporterName, reports }, null, 2);
}

/**
 * Restores a backup: the reports are added (as the reader's own), the settings replaced. A file
 * that is not whole and valid (malformed, huge, another tool's) changes nothing.
 */
export async function importAllData(text: string): Promise<{ added: number } | { error: 'too-large' | 'not-json' | 'not-upstream-backup' }> {
  const file = readJsonFile(text, MAX_BACKUP_CHARS, backupSchema);
  if ('error' in file) return { error: file.error === 'wrong-file' ? 'not-upstream-backup' : file.error };
  // The reports are checked whole first: a bad one refuses the file before the settings change.
  const result = await importReports(JSON.stringify(file.data.reports), { asOwn: true });
  if ('error' in result) return { error: 'not-upstream-backup' };
  await settingsItem.setValue(file.data.settings);
  await reporterNameItem.setValue(file.data.reporterName);
  return result;
}

/** Empties the caches (looked-up originals, image hashes, sightings); reports and settings stay. */
export async function clearCaches(): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.lookups, database.originals, database.imageHashes, database.sightings], async () => {
    await Promise.all([database.lookups.clear(), database.originals.clear(), database.imageHashes.clear(), database.sightings.clear()]);
  });
}
