import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { UpstreamDatabase } from './db';

const article = { url: 'https://www.aldar.ma/a.html', title: 'Laftit', paragraphs: ['Le ministre de l’Intérieur a tenu une réunion.'] };
const outcome = { ok: true, finalUrl: 'https://www.aldar.ma/a.html', status: 200, contentType: 'text/html', hops: [] };

describe('UpstreamDatabase migrations', () => {
  it('moves the originals a version 1 database kept inside its lookups, losing nothing', async () => {
    const name = `upstream-migration-${Date.now()}`;
    // A database as version 1 of Upstream left it.
    const old = new Dexie(name);
    old.version(1).stores({ lookups: '&key, expiresAt, lastUsedAt' });
    await old.table('lookups').bulkPut([
      { key: 'https://www.aldar.ma/a.html', outcome, original: article, upstream: null, checkedAt: 1, expiresAt: Date.now() + 60_000, lastUsedAt: 5 },
      { key: 'https://gone.example/', outcome: { ok: false, failure: 'not-found', detail: 'HTTP 404', hops: [] }, checkedAt: 1, expiresAt: 2, lastUsedAt: 1 },
    ]);
    old.close();

    const upgraded = new UpstreamDatabase(name);
    expect(await upgraded.lookups.count()).toBe(2);
    const lookup = await upgraded.lookups.get('https://www.aldar.ma/a.html');
    expect(lookup).toMatchObject({ outcome, lastUsedAt: 5 });
    expect(lookup).not.toHaveProperty('original');
    expect(await upgraded.originals.get('https://www.aldar.ma/a.html')).toEqual({ key: 'https://www.aldar.ma/a.html', article, upstream: null, lastUsedAt: 5 });
    expect(await upgraded.lookups.get('https://gone.example/')).toBeDefined();
    upgraded.close();
  });

  it('keeps a version 3 database’s reports when version 4 adds the image caches', async () => {
    const name = `upstream-migration-v3-${Date.now()}`;
    const report = {
      imageUrl: 'https://images2.maghress.com/aldar/6010203/photo',
      hash: '0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f',
      pageUrl: 'https://maghress.com/fr/aldar/6010203',
      reason: 'out-of-context',
      note: 'Photo de 2019',
      createdAt: 1698657300000,
      reporter: 'self',
    };
    // A database as version 3 of Upstream left it: a cached lookup and the reader's report.
    const old = new Dexie(name);
    old.version(3).stores({
      lookups: '&key, expiresAt, lastUsedAt',
      originals: '&key, lastUsedAt',
      reports: '++id, imageUrl, hash, pageUrl, createdAt, reporter',
    });
    const id = await old.table('reports').add(report);
    await old.table('lookups').put({ key: 'https://www.aldar.ma/a.html', outcome, checkedAt: 1, expiresAt: Date.now() + 60_000, lastUsedAt: 5 });
    old.close();

    const upgraded = new UpstreamDatabase(name);
    expect(await upgraded.reports.toArray()).toEqual([{ ...report, id }]);
    expect(await upgraded.reports.where('imageUrl').equals(report.imageUrl).count()).toBe(1);
    expect(await upgraded.lookups.count()).toBe(1);
    expect(await upgraded.imageHashes.count()).toBe(0);
    expect(await upgraded.sightings.count()).toBe(0);
    // The new tables work, with their indexes.
    await upgraded.sightings.put({ hash: report.hash, imageUrl: report.imageUrl, pageUrl: report.pageUrl, seenAt: 2 });
    expect(await upgraded.sightings.where('hash').equals(report.hash).count()).toBe(1);
    expect(upgraded.verno).toBe(4);
    upgraded.close();
  });
});
