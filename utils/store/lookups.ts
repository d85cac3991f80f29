import type { ResolveOutcome } from '../resolve/types';
import { db, type LookupRecord, type LookupResult } from './db';

export const LOOKUP_LIMITS = {
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
  await db().lookups.update(key, { lastUsedAt: now });
  return record;
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
    const result = await resolve();
    const now = Date.now();
    const record: LookupRecord = { ...result, key, checkedAt: now, expiresAt: now + maxAge(result.outcome), lastUsedAt: now };
    await db().lookups.put(record);
    await evictLeastRecentlyUsed();
    return record;
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, lookup);
  return lookup;
}

/** Drops a cached lookup (the user asked to try again). */
export async function forgetLookup(key: string): Promise<void> {
  await db().lookups.delete(key);
}

async function evictLeastRecentlyUsed(): Promise<void> {
  const lookups = db().lookups;
  const excess = (await lookups.count()) - LOOKUP_LIMITS.maxEntries;
  if (excess <= 0) return;
  const oldest = await lookups.orderBy('lastUsedAt').limit(excess).primaryKeys();
  await lookups.bulkDelete(oldest);
}
