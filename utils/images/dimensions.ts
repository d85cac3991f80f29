/**
 * An image's width and height read from its header, before anything decodes it: a small file
 * can hold a picture of billions of pixels (a "decompression bomb"). PNG, GIF, JPEG and WebP;
 * null for anything else or a header that does not parse.
 */
export function imageDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const at = (index: number) => bytes[index] ?? 0;
  const u16be = (index: number) => (at(index) << 8) | at(index + 1);
  const u16le = (index: number) => at(index) | (at(index + 1) << 8);
  const u24le = (index: number) => at(index) | (at(index + 1) << 8) | (at(index + 2) << 16);
  const u32be = (index: number) => ((at(index) << 24) | (at(index + 1) << 16) | (at(index + 2) << 8) | at(index + 3)) >>> 0;
  const ascii = (index: number, length: number) => String.fromCharCode(...bytes.subarray(index, index + length));

  if (at(0) === 0x89 && ascii(1, 3) === 'PNG' && ascii(12, 4) === 'IHDR') return { width: u32be(16), height: u32be(20) };
  if (ascii(0, 4) === 'GIF8') return { width: u16le(6), height: u16le(8) };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8X') return { width: u24le(24) + 1, height: u24le(27) + 1 };
    if (chunk === 'VP8L') {
      const bits = at(21) | (at(22) << 8) | (at(23) << 16) | (at(24) << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8 ') return { width: u16le(26) & 0x3fff, height: u16le(28) & 0x3fff };
    return null;
  }
  if (at(0) === 0xff && at(1) === 0xd8) {
    // Walk the JPEG segments to the first start-of-frame marker, which holds the size.
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (at(offset) !== 0xff) return null;
      const marker = at(offset + 1);
      if (marker === 0xff) {
        offset++;
        continue;
      }
      const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) return { width: u16be(offset + 7), height: u16be(offset + 5) };
      offset += 2 + u16be(offset + 2);
    }
  }
  return null;
}

/** Pictures larger than this are not decoded (a 50-megapixel decode already takes 200 MB). */
export const MAX_PIXELS = 50_000_000;
