import Dexie, { type EntityTable } from 'dexie';
import type { Detection } from '../detect/types';
import type { ResolveOutcome } from '../resolve/types';
import type { ExtractedArticle } from '../verify/extract';

/** What looking up a source link found: where it leads, and the original article read there. */
export interface LookupResult {
  outcome: ResolveOutcome;
  original?: ExtractedArticle;
  /** The original's own source, when it is itself a copy. */
  upstream?: Detection | null;
}

/** One resolved (or failed) source link, keyed by its normalised URL. */
export interface LookupRecord extends LookupResult {
  key: string;
  checkedAt: number;
  expiresAt: number;
  lastUsedAt: number;
}

/**
 * Upstream's one IndexedDB database. Every past `version(n)` stays declared here with its
 * upgrade, so a user's data is migrated, never wiped.
 */
export class UpstreamDatabase extends Dexie {
  lookups!: EntityTable<LookupRecord, 'key'>;

  constructor(name = 'upstream') {
    super(name);
    this.version(1).stores({
      lookups: '&key, expiresAt, lastUsedAt',
    });
  }
}

let database: UpstreamDatabase | undefined;

/** The shared database (opened lazily: a restarted service worker reopens it). */
export function db(): UpstreamDatabase {
  database ??= new UpstreamDatabase();
  return database;
}
