/**
 * A 128-bit difference hash of an image: the image shrunk to 9×9 grey cells, one bit per pair
 * of horizontal neighbours (is the left cell brighter?) and one per pair of vertical ones:
 * the classic 64-bit dHash and its transpose. Resized or recompressed copies of a picture keep
 * almost every bit; unrelated pictures differ in about half, and with 128 bits "about half"
 * stays far from the copies' few even over many pairs.
 */

/** Pixels as a canvas gives them: RGBA, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

const COLUMNS = 9;
const ROWS = 9;

/** The image's average grey in each of COLUMNS × ROWS cells (area average, so any size works). */
function greyCells({ width, height, data }: Pixels): Float64Array {
  const cells = new Float64Array(COLUMNS * ROWS);
  const counts = new Float64Array(COLUMNS * ROWS);
  // Large images are sampled on a grid: 256 × 256 samples decide 72 cells well enough.
  const stepX = Math.max(1, Math.floor(width / 256));
  const stepY = Math.max(1, Math.floor(height / 256));
  for (let y = 0; y < height; y += stepY) {
    const row = Math.min(ROWS - 1, Math.floor((y * ROWS) / height));
    for (let x = 0; x < width; x += stepX) {
      const column = Math.min(COLUMNS - 1, Math.floor((x * COLUMNS) / width));
      const at = (y * width + x) * 4;
      // Luma (ITU-R BT.601); transparent pixels count as white, as pages usually show them.
      const alpha = (data[at + 3] ?? 255) / 255;
      const grey = 0.299 * (data[at] ?? 0) + 0.587 * (data[at + 1] ?? 0) + 0.114 * (data[at + 2] ?? 0);
      cells[row * COLUMNS + column] = (cells[row * COLUMNS + column] ?? 0) + grey * alpha + 255 * (1 - alpha);
      counts[row * COLUMNS + column] = (counts[row * COLUMNS + column] ?? 0) + 1;
    }
  }
  for (let i = 0; i < cells.length; i++) cells[i] = (cells[i] ?? 0) / Math.max(1, counts[i] ?? 0);
  return cells;
}

/** The hash of `pixels` as 32 hexadecimal digits; null for an empty image. */
export function dHash(pixels: Pixels): string | null {
  if (pixels.width < 1 || pixels.height < 1 || pixels.data.length < pixels.width * pixels.height * 4) return null;
  const cells = greyCells(pixels);
  const cell = (row: number, column: number) => cells[row * COLUMNS + column] ?? 0;
  const bits: number[] = [];
  for (let row = 0; row < 8; row++) for (let column = 0; column < 8; column++) bits.push(cell(row, column) > cell(row, column + 1) ? 1 : 0);
  for (let row = 0; row < 8; row++) for (let column = 0; column < 8; column++) bits.push(cell(row, column) > cell(row + 1, column) ? 1 : 0);
  let hex = '';
  for (let i = 0; i < bits.length; i += 4) hex += ((bits[i] ?? 0) * 8 + (bits[i + 1] ?? 0) * 4 + (bits[i + 2] ?? 0) * 2 + (bits[i + 3] ?? 0)).toString(16);
  return hex;
}

/** How many bits two hashes differ in. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      distance++;
    }
  }
  return distance;
}

/**
 * The same picture: at most this many of the 128 bits apart. Resized and recompressed copies
 * measured at most 10 (dhash.test.ts), unrelated pictures at least 50: the line sits between.
 */
export const SAME_IMAGE_DISTANCE = 16;
