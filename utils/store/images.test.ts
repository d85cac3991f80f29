import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAME_IMAGE_DISTANCE, hammingDistance } from '../images/dhash';
import { db, type ImageSighting } from './db';
import { IMAGE_CACHE_LIMITS, cachedImageHash, recordSightings, sightingsOf, storeImageHash } from './images';

const PHOTO = 'https://images2.maghress.com/aldar/6010203/photo';
const HASH = '0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f';
/** The same picture recompressed: SAME_IMAGE_DISTANCE bits apart, the most that still counts. */
const NEAR = 'f0f00f0f0f0f0f0f0f0f0f0f0f0f0f0f';
/** One bit further: another picture. */
const FAR = 'f0f00f0f0f0f0f0f0f0f0f0f0f0f0f0e';
const NOW = Date.UTC(2023, 9, 30, 12);

const saved = { ...IMAGE_CACHE_LIMITS };

beforeEach(async () => {
  await db().imageHashes.clear();
  await db().sightings.clear();
});

afterEach(() => {
  Object.assign(IMAGE_CACHE_LIMITS, saved);
});

describe('image hash cache', () => {
  it('gives back a stored hash, and a stored problem', async () => {
    await storeImageHash(PHOTO, { hash: HASH }, NOW);
    await storeImageHash('https://www.aldar.ma/gone.jpg', { problem: 'not-found' }, NOW);
    expect(await cachedImageHash(PHOTO, NOW)).toEqual({ url: PHOTO, hash: HASH, checkedAt: NOW });
    expect(await cachedImageHash('https://www.aldar.ma/gone.jpg', NOW)).toEqual({ url: 'https://www.aldar.ma/gone.jpg', problem: 'not-found', checkedAt: NOW });
    expect(await cachedImageHash('https://www.aldar.ma/never-seen.jpg', NOW)).toBeUndefined();
  });

  it('tries an unreadable image again after the problem’s max age', async () => {
    await storeImageHash(PHOTO, { problem: 'timeout' }, NOW);
    expect(await cachedImageHash(PHOTO, NOW + IMAGE_CACHE_LIMITS.problemMaxAgeMs - 1)).toMatchObject({ problem: 'timeout' });
    expect(await cachedImageHash(PHOTO, NOW + IMAGE_CACHE_LIMITS.problemMaxAgeMs)).toBeUndefined();
  });

  it('keeps a hash far longer than a problem, until its own max age', async () => {
    expect(IMAGE_CACHE_LIMITS.hashMaxAgeMs).toBeGreaterThan(IMAGE_CACHE_LIMITS.problemMaxAgeMs);
    await storeImageHash(PHOTO, { hash: HASH }, NOW);
    expect(await cachedImageHash(PHOTO, NOW + IMAGE_CACHE_LIMITS.problemMaxAgeMs * 2)).toMatchObject({ hash: HASH });
    expect(await cachedImageHash(PHOTO, NOW + IMAGE_CACHE_LIMITS.hashMaxAgeMs - 1)).toMatchObject({ hash: HASH });
    expect(await cachedImageHash(PHOTO, NOW + IMAGE_CACHE_LIMITS.hashMaxAgeMs)).toBeUndefined();
  });

  it('replaces a problem with the hash once the image could be read', async () => {
    await storeImageHash(PHOTO, { problem: 'network' }, NOW);
    await storeImageHash(PHOTO, { hash: HASH }, NOW + 1);
    expect(await cachedImageHash(PHOTO, NOW + 1)).toEqual({ url: PHOTO, hash: HASH, checkedAt: NOW + 1 });
  });

  it('does not cache data: pictures', async () => {
    const inline = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    await storeImageHash(inline, { hash: HASH }, NOW);
    expect(await cachedImageHash(inline, NOW)).toBeUndefined();
    expect(await db().imageHashes.count()).toBe(0);
  });

  it('keeps only the most recently checked addresses', async () => {
    IMAGE_CACHE_LIMITS.hashes = 3;
    for (let i = 0; i < 5; i++) await storeImageHash(`${PHOTO}-${i}`, { hash: HASH }, NOW + i);
    expect((await db().imageHashes.toArray()).map((record) => record.url).sort()).toEqual([`${PHOTO}-2`, `${PHOTO}-3`, `${PHOTO}-4`]);
  });
});

describe('sightings', () => {
  const here = 'https://maghress.com/fr/aldar/6010203';
  const sighting = (pageUrl: string, hash: string, seenAt: number, title?: string): ImageSighting => ({ hash, imageUrl: `${pageUrl}/photo.jpg`, pageUrl, seenAt, ...(title ? { title } : {}) });

  it('has hashes at the edge of the same-image distance', () => {
    expect(hammingDistance(HASH, NEAR)).toBe(SAME_IMAGE_DISTANCE);
    expect(hammingDistance(HASH, FAR)).toBe(SAME_IMAGE_DISTANCE + 1);
  });

  it('finds the same picture on other pages, one each, newest first, never on this page', async () => {
    await recordSightings([
      sighting('https://www.aldar.ma/laftit-faeser.html', HASH, NOW - 3000, 'Laftit reçoit Faeser'),
      sighting('https://www.hespress.com/laftit-faeser', NEAR, NOW - 1000, 'Laftit et Faeser à Rabat'),
      // The same page, seen again with a slightly different copy: one entry, the newest.
      sighting('https://www.aldar.ma/laftit-faeser.html', NEAR, NOW - 2000, 'Laftit reçoit Faeser'),
      sighting('https://www.le360.ma/unrelated', FAR, NOW, 'Autre chose'),
      sighting(here, HASH, NOW),
    ]);
    const found = await sightingsOf(HASH, here);
    expect(found.map((entry) => [entry.pageUrl, entry.seenAt, entry.title])).toEqual([
      ['https://www.hespress.com/laftit-faeser', NOW - 1000, 'Laftit et Faeser à Rabat'],
      ['https://www.aldar.ma/laftit-faeser.html', NOW - 2000, 'Laftit reçoit Faeser'],
    ]);
    // From the other page, this one is a sighting like any other.
    expect((await sightingsOf(HASH, 'https://www.hespress.com/laftit-faeser')).map((entry) => entry.pageUrl)).toEqual([here, 'https://www.aldar.ma/laftit-faeser.html']);
  });

  it('gives at most `limit` pages', async () => {
    await recordSightings(Array.from({ length: 5 }, (_, i) => sighting(`https://www.aldar.ma/${i}.html`, HASH, NOW + i)));
    expect((await sightingsOf(HASH, here, 2)).map((entry) => entry.pageUrl)).toEqual(['https://www.aldar.ma/4.html', 'https://www.aldar.ma/3.html']);
  });

  it('stores a picture seen again on the same page once, with the newer time', async () => {
    await recordSightings([sighting('https://www.aldar.ma/a.html', HASH, NOW)]);
    await recordSightings([sighting('https://www.aldar.ma/a.html', HASH, NOW + 60_000)]);
    expect(await db().sightings.count()).toBe(1);
    expect(await sightingsOf(HASH, here)).toMatchObject([{ seenAt: NOW + 60_000 }]);
  });

  it('keeps only the newest sightings', async () => {
    IMAGE_CACHE_LIMITS.sightings = 3;
    await recordSightings(Array.from({ length: 5 }, (_, i) => sighting(`https://www.aldar.ma/${i}.html`, HASH, NOW + i)));
    expect(await db().sightings.count()).toBe(3);
    expect((await sightingsOf(HASH, here)).map((entry) => entry.pageUrl)).toEqual(['https://www.aldar.ma/4.html', 'https://www.aldar.ma/3.html', 'https://www.aldar.ma/2.html']);
    // A later visit pushes out the oldest left.
    await recordSightings([sighting('https://www.aldar.ma/5.html', HASH, NOW + 5)]);
    expect((await sightingsOf(HASH, here)).map((entry) => entry.pageUrl)).toEqual(['https://www.aldar.ma/5.html', 'https://www.aldar.ma/4.html', 'https://www.aldar.ma/3.html']);
  });

  it('records nothing for an empty list', async () => {
    await recordSightings([]);
    expect(await db().sightings.count()).toBe(0);
  });
});
