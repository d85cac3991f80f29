import type { ResolveOutcome } from '../resolve/types';
import { db, type LookupRecord, type LookupResult, type StoredLookup } from './db';

export const LOOKUP_LIMITS = {
  /** Originals' texts are large (up to ~150 kB each): only the most recently used are kept. */
  maxOriginals: 300,
  /** An original that was found stays valid for days: articles rarely move. */
  successMaxAgeMs: 7 * 24 * 3600 * 1000,
  /** A failure is kept briefly, so a flaky site is tried again soon. */
  failureMaxAgeMs: 10 * 60 * 1000,
  maxEntries: 20_000,
};

// Lookups already running in this worker: two tabs on one article share one request.
// Only a de-duplication aid: the result itself lives in IndexedDB.
const inFlight = new Map<string, Promise<LookupRecord>>();

function maxAge(outcome: ResolveOutcome): number {
  if (outcome.ok) return LOOKUP_LIMITS.successMaxAgeMs;
  if (outcome.retryAfter !== undefined) return Math.max(outcome.retryAfter * 1000, 60_000);
  return LOOKUP_LIMITS.failureMaxAgeMs;
}

/** The cached lookup for `key` when it has not expired (and marks it used), else undefined. */
export async function readLookup(key: string, now = Date.now()): Promise<LookupRecord | undefined> {
  const record = await db().lookups.get(key);
  if (!record || record.expiresAt <= now) return undefined;
  const original = record.outcome.ok ? await db().originals.get(key) : undefined;
  await db().lookups.update(key, { lastUsedAt: now });
  if (original) await db().originals.update(key, { lastUsedAt: now });
  return original ? { ...record, original: original.article, upstream: original.upstream } : record;
}

/** Whether a lookup for `key` is running in this worker now. */
export function isLookupRunning(key: string): boolean {
  return inFlight.has(key);
}

/**
 * Returns the cached lookup for `key`, or runs `resolve` once (however many callers ask at
 * the same time) and caches what it gives, successes for days and failures for minutes.
 */
export function cachedLookup(key: string, resolve: () => Promise<LookupResult>): Promise<LookupRecord> {
  const running = inFlight.get(key);
  if (running) return running;
  const lookup = (async () => {
    const cached = await readLookup(key);
    if (cached) return cached;
    const { original, upstream, outcome } = await resolve();
    const now = Date.now();
    const stored: StoredLookup = { key, outcome, checkedAt: now, expiresAt: now + maxAge(outcome), lastUsedAt: now };
    await db().lookups.put(stored);
    if (original) await db().originals.put({ key, article: original, upstream: upstream ?? null, lastUsedAt: now });
    await evictLeastRecentlyUsed();
    return original ? { ...stored, original, upstream: upstream ?? null } : stored;
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, lookup);
  return lookup;
}

/** Drops a cached lookup (the user asked to try again). */
export async function forgetLookup(key: string): Promise<void> {
  await Promise.all([db().lookups.delete(key), db().originals.delete(key)]);
}

async function evictLeastRecentlyUsed(): Promise<void> {
  for (const [table, limit] of [
    [db().lookups, LOOKUP_LIMITS.maxEntries],
    [db().originals, LOOKUP_LIMITS.maxOriginals],
  ] as const) {
    const excess = (await table.count()) - limit;
    if (excess <= 0) continue;
    await table.bulkDelete(await table.orderBy('lastUsedAt').limit(excess).primaryKeys());
  }
}
