import { perHost } from '../resolve/browser-fetcher';
import { readCapped } from '../resolve/decode';
import { toHttpUrl } from '../resolve/url';

/** Why an image could not be read; each has its sentence in the popup. */
export const IMAGE_PROBLEMS = ['no-address', 'not-found', 'http-error', 'network', 'timeout', 'too-large', 'not-image', 'unsupported', 'undecodable'] as const;
export type ImageProblem = (typeof IMAGE_PROBLEMS)[number];

export const IMAGE_LIMITS = {
  /** Larger files are not read: a photo on a news page is rarely over a few MB. */
  maxBytes: 15 * 1024 * 1024,
  timeoutMs: 10_000,
  /** A `data:` picture longer than this (in characters) is not read. */
  maxDataUrl: 2 * 1024 * 1024,
};

export type ImageBytes = { blob: Blob } | { problem: ImageProblem };

/** Whether Upstream can read an image at this address: http(s), or a not-too-long `data:` image. */
export function readableImageUrl(url: string): boolean {
  if (/^data:image\//i.test(url)) return url.length <= IMAGE_LIMITS.maxDataUrl;
  return toHttpUrl(url) !== null;
}

/**
 * What a response holds for an image request: its bytes, or why not. SVG is refused as
 * "unsupported" (a worker cannot draw it, and SVG is rarely a photograph).
 */
export async function imageFromResponse(response: Response, maxBytes = IMAGE_LIMITS.maxBytes): Promise<ImageBytes> {
  if (response.status === 404 || response.status === 410) return { problem: 'not-found' };
  if (!response.ok) return { problem: 'http-error' };
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (type.includes('svg')) return { problem: 'unsupported' };
  // Servers label images loosely (octet-stream, nothing); only a text type is surely not one.
  if (/^(text\/|application\/(json|xhtml|xml|javascript))/.test(type)) return { problem: 'not-image' };
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return { problem: 'too-large' };
  const { bytes, truncated } = await readCapped(response, maxBytes);
  if (truncated) return { problem: 'too-large' };
  if (bytes.byteLength === 0) return { problem: 'not-image' };
  return { blob: new Blob([bytes], type.startsWith('image/') ? { type } : {}) };
}

/**
 * Fetches an image's bytes for hashing: without cookies or referrer, capped in size and time,
 * sharing the per-host limit with every other request Upstream makes.
 */
export async function fetchImage(url: string, fetcher: typeof fetch = fetch): Promise<ImageBytes> {
  if (!readableImageUrl(url)) return { problem: url.startsWith('data:') ? 'too-large' : 'no-address' };
  const request = async (): Promise<ImageBytes> => {
    const signal = AbortSignal.timeout(IMAGE_LIMITS.timeoutMs);
    try {
      const response = await fetcher(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache', signal, headers: { Accept: 'image/*' } });
      return await imageFromResponse(response);
    } catch {
      return { problem: signal.aborted ? 'timeout' : 'network' };
    }
  };
  const host = toHttpUrl(url)?.hostname;
  return host ? perHost(host, request) : request();
}
