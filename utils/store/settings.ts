import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { SEARCH_ENGINES, type SearchEngine } from '../images/search-links';

/** The reader's settings. Each change of shape is a new version with its migration: never a wipe. */
export interface Settings {
  /** Reverse image search engines shown for each image, in this order. */
  searchEngines: SearchEngine[];
  /** Hide an image once this many different people reported it (the reader's own report always hides). */
  reportThreshold: number;
}

export const DEFAULT_SETTINGS: Settings = { searchEngines: [...SEARCH_ENGINES], reportThreshold: 1 };

export const settingsSchema = v.object({
  searchEngines: v.pipe(v.array(v.picklist(SEARCH_ENGINES)), v.maxLength(SEARCH_ENGINES.length)),
  reportThreshold: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * The name this reader's own reports carry in an export: a random one until the reader sets
 * theirs, so a colleague importing the file counts them as one person.
 */
export const reporterNameItem = storage.defineItem<string>('local:reporterName', {
  init: () => `reader-${crypto.randomUUID().slice(0, 8)}`,
});

/** The settings, with anything missing or out of range (a hand-edited store) back at its default. */
export async function readSettings(): Promise<Settings> {
  const stored: Partial<Record<keyof Settings, unknown>> = await settingsItem.getValue();
  // Field by field: one bad value does not cost the reader the others.
  const entries = Object.entries(settingsSchema.entries).map(([name, schema]) => {
    const value = stored[name as keyof Settings];
    return [name, v.is(schema, value) ? value : DEFAULT_SETTINGS[name as keyof Settings]];
  });
  return Object.fromEntries(entries) as unknown as Settings;
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...change };
  if (!v.is(settingsSchema, next)) throw new Error('invalid settings');
  await settingsItem.setValue(next);
  return next;
}
