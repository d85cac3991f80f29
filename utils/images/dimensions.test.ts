import { describe, expect, it } from 'vitest';
import { imageDimensions, MAX_PIXELS } from './dimensions';
import { hashImage } from './hash-image';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)));
const u32be = (value: number) => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const u16be = (value: number) => [(value >>> 8) & 255, value & 255];
const u16le = (value: number) => [value & 255, (value >>> 8) & 255];
const u24le = (value: number) => [value & 255, (value >>> 8) & 255, (value >>> 16) & 255];

// Headers laid out as the formats' specifications give them (PNG IHDR, GIF logical screen,
// JPEG APP0 then SOF0/SOF2, WebP VP8X/VP8L/VP8 chunks).
const png = (width: number, height: number) => bytes([0x89], 'PNG\r\n', [0x1a, 0x0a], u32be(13), 'IHDR', u32be(width), u32be(height), [8, 2, 0, 0, 0]);
const jpeg = (width: number, height: number, frame = 0xc0) =>
  bytes([0xff, 0xd8, 0xff, 0xe0], u16be(16), 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, frame], u16be(17), [8], u16be(height), u16be(width), [3, 1, 0x22, 0]);

describe('image dimensions from the header', () => {
  it.each([
    ['PNG', png(800, 500), { width: 800, height: 500 }],
    ['GIF', bytes('GIF89a', u16le(320), u16le(200), [0xf7, 0, 0]), { width: 320, height: 200 }],
    ['baseline JPEG after an APP0 segment', jpeg(1200, 675), { width: 1200, height: 675 }],
    ['progressive JPEG', jpeg(640, 400, 0xc2), { width: 640, height: 400 }],
    ['WebP (extended)', bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8X', [10, 0, 0, 0], [0, 0, 0, 0], u24le(1919), u24le(1079)), { width: 1920, height: 1080 }],
    ['WebP (lossless)', bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8L', [0, 0, 0, 0], [0x2f], u16le(0), [0, 0]).map((byte, index) => (index === 21 ? 99 : byte)), { width: 100, height: 1 }],
  ])('reads a %s', (_, header, size) => {
    expect(imageDimensions(header)).toEqual(size);
  });

  it.each([
    ['an HTML page', bytes('<!doctype html><html>')],
    ['nothing', new Uint8Array(0)],
    ['a JPEG whose segments run off the end', bytes([0xff, 0xd8, 0xff, 0xe0], u16be(60000), 'JFIF')],
    ['a JPEG with garbage between segments', bytes([0xff, 0xd8, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99])],
  ])('gives null for %s', (_, header) => {
    expect(imageDimensions(header)).toBeNull();
  });

  it('refuses to decode a decompression bomb: a few bytes claiming 100,000 × 100,000 pixels', async () => {
    expect(100_000 * 100_000).toBeGreaterThan(MAX_PIXELS);
    expect(await hashImage(new Blob([png(100_000, 100_000)]))).toEqual({ problem: 'too-large' });
  });
});
