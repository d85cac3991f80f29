import { dHash } from './dhash';
import { imageDimensions, MAX_PIXELS } from './dimensions';
import type { ImageProblem } from './fetch-image';

// Decoded straight to this size: enough for the hash's 9 × 9 cells, and a huge picture never
// needs its full-size pixels in memory at once.
const SIDE = 128;

/**
 * The perceptual hash of image bytes, decoded where the background runs (a Chrome service
 * worker or Firefox's background page both have createImageBitmap and OffscreenCanvas).
 * Animated images hash their first frame.
 */
export async function hashImage(blob: Blob): Promise<{ hash: string } | { problem: ImageProblem }> {
  const size = imageDimensions(new Uint8Array(await blob.slice(0, 64 * 1024).arrayBuffer()));
  if (size && size.width * size.height > MAX_PIXELS) return { problem: 'too-large' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { resizeWidth: SIDE, resizeHeight: SIDE, resizeQuality: 'high' });
  } catch {
    return { problem: 'undecodable' };
  }
  try {
    const canvas = new OffscreenCanvas(SIDE, SIDE);
    const context = canvas.getContext('2d');
    if (!context) return { problem: 'undecodable' };
    context.drawImage(bitmap, 0, 0);
    const hash = dHash(context.getImageData(0, 0, SIDE, SIDE));
    return hash ? { hash } : { problem: 'undecodable' };
  } finally {
    bitmap.close();
  }
}
