import { describe, expect, it } from 'vitest';
import { dHash, hammingDistance, SAME_IMAGE_DISTANCE, type Pixels } from './dhash';
import { mulberry32 } from '../../tests/support/random';

// Generated pictures with what photographs have: smooth light and texture in every direction
// (sums of low-frequency waves, each picture its own) and a few solid shapes, drawn at any size.
function picture(seed: number, width: number, height: number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  const random = mulberry32(seed);
  const waves = Array.from({ length: 6 }, () => ({ fx: (random() - 0.5) * 14, fy: (random() - 0.5) * 14, phase: random() * 6.28, amp: 30 + random() * 50, colour: Math.floor(random() * 3) }));
  const blobs = Array.from({ length: 3 }, () => ({ x: random(), y: random(), r: 0.05 + random() * 0.15, c: [random() * 255, random() * 255, random() * 255] }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = x / width;
      const v = y / height;
      const rgb = [128, 128, 128];
      for (const wave of waves) rgb[wave.colour] = (rgb[wave.colour] ?? 0) + wave.amp * Math.sin(wave.fx * u * 6.28 + wave.fy * v * 6.28 + wave.phase);
      for (const blob of blobs) if (Math.hypot(u - blob.x, v - blob.y) < blob.r) rgb.splice(0, 3, ...blob.c);
      data.set([rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** What a JPEG recompression does to a picture, roughly: colours quantised, noise added. */
function recompressed(pixels: Pixels, seed: number): Pixels {
  const random = mulberry32(seed);
  const data = new Uint8ClampedArray(pixels.data.length);
  for (let i = 0; i < data.length; i += 4) {
    for (let c = 0; c < 3; c++) data[i + c] = Math.round(((pixels.data[i + c] ?? 0) + (random() - 0.5) * 24) / 12) * 12;
    data[i + 3] = 255;
  }
  return { ...pixels, data };
}

describe('dHash', () => {
  const seeds = Array.from({ length: 12 }, (_, i) => 1000 + i);

  it('keeps resized and recompressed copies within the same-image distance', () => {
    const distances: number[] = [];
    for (const seed of seeds) {
      const hash = dHash(picture(seed, 240, 180)) ?? '';
      for (const copy of [picture(seed, 120, 90), picture(seed, 480, 360), picture(seed, 97, 73), recompressed(picture(seed, 240, 180), seed)]) {
        distances.push(hammingDistance(hash, dHash(copy) ?? ''));
      }
    }
    // The figures for the note: printed, and bounded below.
    console.info(`same picture, resized or recompressed: max distance ${Math.max(...distances)} of ${distances.length}`);
    expect(Math.max(...distances)).toBeLessThanOrEqual(10);
    expect(Math.max(...distances)).toBeLessThanOrEqual(SAME_IMAGE_DISTANCE);
    // Drawing 60 pictures takes a few seconds on a loaded two-core machine.
  }, 30_000);

  it('keeps unrelated pictures far apart', () => {
    const hashes = seeds.map((seed) => dHash(picture(seed, 240, 180)) ?? '');
    const distances = hashes.flatMap((a, i) => hashes.slice(i + 1).map((b) => hammingDistance(a, b)));
    console.info(`unrelated pictures: min distance ${Math.min(...distances)} of ${distances.length} pairs`);
    expect(Math.min(...distances)).toBeGreaterThan(20);
    expect(Math.min(...distances)).toBeGreaterThan(SAME_IMAGE_DISTANCE * 2);
  });

  it('refuses empty or truncated pixel data', () => {
    expect(dHash({ width: 0, height: 0, data: new Uint8ClampedArray() })).toBeNull();
    expect(dHash({ width: 10, height: 10, data: new Uint8ClampedArray(40) })).toBeNull();
  });

  it('counts differing bits', () => {
    expect(hammingDistance('0'.repeat(32), 'f'.repeat(32))).toBe(128);
    expect(hammingDistance(`${'0'.repeat(30)}f0`, '0'.repeat(32))).toBe(4);
  });
});
