import type { Table } from 'dexie';
import { SAME_IMAGE_DISTANCE, hammingDistance } from '../images/dhash';
import type { ImageProblem } from '../images/fetch-image';
import { db, type ImageHashRecord, type ImageSighting } from './db';

export const IMAGE_CACHE_LIMITS = {
  hashes: 5_000,
  sightings: 5_000,
  /** A hash is kept a month (pictures do not change); an unreadable image is tried again after an hour. */
  hashMaxAgeMs: 30 * 24 * 3600 * 1000,
  problemMaxAgeMs: 3600 * 1000,
};

/** The cached hash (or problem) of an image address, while still fresh. */
export async function cachedImageHash(url: string, now = Date.now()): Promise<ImageHashRecord | undefined> {
  const record = await db().imageHashes.get(url);
  if (!record) return undefined;
  const maxAge = record.hash ? IMAGE_CACHE_LIMITS.hashMaxAgeMs : IMAGE_CACHE_LIMITS.problemMaxAgeMs;
  return now - record.checkedAt < maxAge ? record : undefined;
}

export async function storeImageHash(url: string, result: { hash: string } | { problem: ImageProblem }, now = Date.now()): Promise<void> {
  // data: addresses can be long: they are hashed each time instead of cached.
  if (url.startsWith('data:')) return;
  await db().imageHashes.put({ url, ...result, checkedAt: now });
  await trim(db().imageHashes, 'checkedAt', IMAGE_CACHE_LIMITS.hashes);
}

/** Notes that a picture appeared on a detected article (once per page). */
export async function recordSightings(sightings: ImageSighting[]): Promise<void> {
  if (sightings.length === 0) return;
  await db().sightings.bulkPut(sightings);
  await trim(db().sightings, 'seenAt', IMAGE_CACHE_LIMITS.sightings);
}

/** Other articles the reader saw the same picture on (by hash), newest first. */
export async function sightingsOf(hash: string, exceptPageUrl: string, limit = 10): Promise<ImageSighting[]> {
  // A few thousand rows at most: comparing every hash is quicker than any index on distance.
  const matches = await db()
    .sightings.filter((sighting) => sighting.pageUrl !== exceptPageUrl && hammingDistance(sighting.hash, hash) <= SAME_IMAGE_DISTANCE)
    .toArray();
  const byPage = new Map<string, ImageSighting>();
  for (const sighting of matches.sort((a, b) => b.seenAt - a.seenAt)) if (!byPage.has(sighting.pageUrl)) byPage.set(sighting.pageUrl, sighting);
  return [...byPage.values()].slice(0, limit);
}

/** Keeps a cache table to `limit` rows, dropping the oldest by `index`. */
async function trim<R, K, I>(table: Table<R, K, I>, index: string, limit: number): Promise<void> {
  const excess = (await table.count()) - limit;
  if (excess > 0) await table.bulkDelete(await table.orderBy(index).limit(excess).primaryKeys());
}
