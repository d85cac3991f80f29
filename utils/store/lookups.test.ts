import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResolveOutcome } from '../resolve/types';
import { db } from './db';
import { LOOKUP_LIMITS, cachedLookup, forgetLookup, readLookup } from './lookups';

const resolved: ResolveOutcome = { ok: true, finalUrl: 'https://www.aldar.ma/a.html', status: 200, contentType: 'text/html', hops: [] };
const failed: ResolveOutcome = { ok: false, failure: 'server-error', status: 502, detail: 'HTTP 502', hops: [] };

describe('cachedLookup', () => {
  beforeEach(async () => {
    vi.useRealTimers();
    await Promise.all([db().lookups.clear(), db().originals.clear()]);
  });

  it('runs a lookup once and serves the next from the cache', async () => {
    const resolve = vi.fn(async () => ({ outcome: resolved }));
    const first = await cachedLookup('https://www.aldar.ma/a.html', resolve);
    const second = await cachedLookup('https://www.aldar.ma/a.html', resolve);
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(second.outcome).toEqual(first.outcome);
  });

  it('shares one lookup between callers that ask at the same time', async () => {
    let finish!: (outcome: ResolveOutcome) => void;
    const resolve = vi.fn(() => new Promise<{ outcome: ResolveOutcome }>((done) => (finish = (outcome) => done({ outcome }))));
    const both = Promise.all([cachedLookup('k', resolve), cachedLookup('k', resolve)]);
    await vi.waitFor(() => expect(resolve).toHaveBeenCalled());
    finish(resolved);
    const [a, b] = await both;
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
  });

  it('keeps successes for days and failures for minutes', async () => {
    const ok = await cachedLookup('ok', async () => ({ outcome: resolved }));
    const ko = await cachedLookup('ko', async () => ({ outcome: failed }));
    expect(ok.expiresAt - ok.checkedAt).toBe(LOOKUP_LIMITS.successMaxAgeMs);
    expect(ko.expiresAt - ko.checkedAt).toBe(LOOKUP_LIMITS.failureMaxAgeMs);
    expect(await readLookup('ko', ko.expiresAt + 1)).toBeUndefined();
    expect(await readLookup('ok', ko.expiresAt + 1)).toBeDefined();
  });

  it('honours Retry-After for rate-limited failures', async () => {
    const record = await cachedLookup('slow', async () => ({ outcome: { ...failed, failure: 'rate-limited' as const, retryAfter: 3600 } }));
    expect(record.expiresAt - record.checkedAt).toBe(3600 * 1000);
  });

  it('looks up again after forgetLookup', async () => {
    const resolve = vi.fn(async () => ({ outcome: failed }));
    await cachedLookup('again', resolve);
    await forgetLookup('again');
    await cachedLookup('again', resolve);
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('keeps the original read at a link apart, and joins it back', async () => {
    const original = { url: 'https://www.aldar.ma/a.html', title: 'Laftit', paragraphs: ['Texte.'] };
    await cachedLookup('with-original', async () => ({ outcome: resolved, original, upstream: null }));
    expect(await db().lookups.get('with-original')).not.toHaveProperty('original');
    expect(await readLookup('with-original')).toMatchObject({ outcome: resolved, original, upstream: null });
  });

  it('caps the originals more tightly than the lookups', async () => {
    const cap = LOOKUP_LIMITS.maxOriginals;
    LOOKUP_LIMITS.maxOriginals = 2;
    try {
      for (const key of ['o1', 'o2', 'o3']) {
        await cachedLookup(key, async () => ({ outcome: resolved, original: { url: `https://x.example/${key}`, paragraphs: ['t'] } }));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      expect((await db().originals.toCollection().primaryKeys()).sort()).toEqual(['o2', 'o3']);
      expect(await db().lookups.count()).toBe(3);
    } finally {
      LOOKUP_LIMITS.maxOriginals = cap;
    }
  });

  it('evicts the least recently used entries beyond the cap', async () => {
    const cap = LOOKUP_LIMITS.maxEntries;
    LOOKUP_LIMITS.maxEntries = 3;
    try {
      for (const key of ['a', 'b', 'c']) await cachedLookup(key, async () => ({ outcome: resolved }));
      await db().lookups.update('a', { lastUsedAt: Date.now() + 10_000 }); // 'a' was read most recently
      await db().lookups.update('b', { lastUsedAt: 1 });
      await cachedLookup('d', async () => ({ outcome: resolved }));
      expect((await db().lookups.toCollection().primaryKeys()).sort()).toEqual(['a', 'c', 'd']);
    } finally {
      LOOKUP_LIMITS.maxEntries = cap;
    }
  });
});
