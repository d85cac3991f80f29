import Dexie, { type EntityTable } from 'dexie';
import type { Detection } from '../detect/types';
import type { ImageProblem } from '../images/fetch-image';
import type { ResolveOutcome } from '../resolve/types';
import type { ExtractedArticle } from '../verify/extract';

/** What looking up a source link found: where it leads, and the original article read there. */
export interface LookupResult {
  outcome: ResolveOutcome;
  original?: ExtractedArticle;
  /** The original's own source, when it is itself a copy. */
  upstream?: Detection | null;
}

/** One resolved (or failed) source link, keyed by its normalised URL, with the original read there. */
export interface LookupRecord extends LookupResult {
  key: string;
  checkedAt: number;
  expiresAt: number;
  lastUsedAt: number;
}

/** A row of `lookups`: small, many. */
export type StoredLookup = Omit<LookupRecord, 'original' | 'upstream'>;

/** A row of `originals`: an original's text, large, few (kept apart so the lookups stay small). */
export interface OriginalRecord {
  key: string;
  article: ExtractedArticle;
  upstream: Detection | null;
  lastUsedAt: number;
}

/** Why a reader reported an image. */
export const REPORT_REASONS = ['unrelated', 'out-of-context', 'manipulated', 'shocking', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** A reader's report of a misleading image: user data, never evicted by any cache. */
export interface ImageReport {
  id?: number;
  /** The image's http(s) address; absent for a picture inlined in the page (then `hash` is set). */
  imageUrl?: string;
  /** 128-bit difference hash (utils/images/dhash.ts), when the image could be read. */
  hash?: string;
  pageUrl: string;
  sourceUrl?: string;
  reason: ReportReason;
  note?: string;
  createdAt: number;
  /** Who reported it: this browser ("self"), or a name from an imported file. */
  reporter: string;
}

/** An image address hashed (or found unreadable): a cache, evicted oldest first. */
export interface ImageHashRecord {
  url: string;
  hash?: string;
  problem?: ImageProblem;
  checkedAt: number;
}

/** An image seen on a detected article: the "seen before" index, evicted oldest first. */
export interface ImageSighting {
  hash: string;
  imageUrl: string;
  pageUrl: string;
  title?: string;
  seenAt: number;
}

/**
 * Upstream's one IndexedDB database. Every past `version(n)` stays declared here with its
 * upgrade, so a user's data is migrated, never wiped.
 */
export class UpstreamDatabase extends Dexie {
  lookups!: EntityTable<StoredLookup, 'key'>;
  originals!: EntityTable<OriginalRecord, 'key'>;
  reports!: EntityTable<ImageReport, 'id'>;
  imageHashes!: EntityTable<ImageHashRecord, 'url'>;
  sightings!: Dexie.Table<ImageSighting, [string, string]>;

  constructor(name = 'upstream') {
    super(name);
    this.version(1).stores({
      lookups: '&key, expiresAt, lastUsedAt',
    });
    // Version 2 keeps originals' texts in their own table, with a tighter cap.
    this.version(2)
      .stores({
        lookups: '&key, expiresAt, lastUsedAt',
        originals: '&key, lastUsedAt',
      })
      .upgrade(async (transaction) => {
        const originals = transaction.table<OriginalRecord, string>('originals');
        await transaction
          .table<LookupRecord, string>('lookups')
          .toCollection()
          .modify((record) => {
            if (!record.original) return;
            void originals.put({ key: record.key, article: record.original, upstream: record.upstream ?? null, lastUsedAt: record.lastUsedAt });
            delete record.original;
            delete record.upstream;
          });
      });
    // Version 3 adds readers' image reports (user data: kept until the reader deletes them).
    this.version(3).stores({
      lookups: '&key, expiresAt, lastUsedAt',
      originals: '&key, lastUsedAt',
      reports: '++id, imageUrl, hash, pageUrl, createdAt, reporter',
    });
    // Version 4 adds the image caches: hashes by address, and where each picture was seen.
    this.version(4).stores({
      lookups: '&key, expiresAt, lastUsedAt',
      originals: '&key, lastUsedAt',
      reports: '++id, imageUrl, hash, pageUrl, createdAt, reporter',
      imageHashes: '&url, checkedAt',
      sightings: '&[hash+pageUrl], hash, pageUrl, seenAt',
    });
  }
}

let database: UpstreamDatabase | undefined;

/** The shared database (opened lazily: a restarted service worker reopens it). */
export function db(): UpstreamDatabase {
  database ??= new UpstreamDatabase();
  return database;
}
