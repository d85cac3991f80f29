import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { SEARCH_ENGINES, type SearchEngine } from '../images/search-links';

/** The reader's settings. Each change of shape is a new version with its migration: never a wipe. */
export interface Settings {
  /** Reverse image search engines shown for each image, in this order. */
  searchEngines: SearchEngine[];
  /** Hide an image once this many different people reported it (the reader's own report always hides). */
  reportThreshold: number;
  /** The in-page banner on detected articles. */
  banner: boolean;
  /** Resolve and verify the original only when the reader opens the popup (no request before). */
  privacyMode: boolean;
  /** Open the original in a new tab as soon as it is found. */
  autoOpenOriginal: boolean;
  /** Sites (registrable domains, e.g. "maghress.com") where Upstream does nothing. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  searchEngines: [...SEARCH_ENGINES],
  reportThreshold: 1,
  banner: true,
  privacyMode: false,
  autoOpenOriginal: false,
  disabledSites: [],
};

const site = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/));

export const settingsSchema = v.object({
  searchEngines: v.pipe(
    v.array(v.picklist(SEARCH_ENGINES)),
    v.check((engines) => new Set(engines).size === engines.length, 'each engine once'),
  ),
  reportThreshold: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  banner: v.boolean(),
  privacyMode: v.boolean(),
  autoOpenOriginal: v.boolean(),
  disabledSites: v.pipe(v.array(site), v.maxLength(5000)),
});

/** Version 1 (the first image-report release) had only the image settings. */
type SettingsV1 = Pick<Settings, 'searchEngines' | 'reportThreshold'>;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 2 adds the banner, privacy mode, auto-open and disabled sites, at their defaults.
    2: (old: SettingsV1): Settings => ({ ...DEFAULT_SETTINGS, ...old }),
  },
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

/** Whether Upstream is off on this registrable domain. */
export async function isSiteDisabled(domain: string | null): Promise<boolean> {
  return domain !== null && (await readSettings()).disabledSites.includes(domain);
}

/** Turns Upstream off (or back on) for a registrable domain. */
export async function setSiteDisabled(domain: string, disabled: boolean): Promise<Settings> {
  const { disabledSites } = await readSettings();
  const others = disabledSites.filter((candidate) => candidate !== domain);
  return updateSettings({ disabledSites: disabled ? [...others, domain].sort() : others });
}
