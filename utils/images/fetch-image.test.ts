import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMAGE_LIMITS, fetchImage, imageFromResponse, readableImageUrl } from './fetch-image';

const PHOTO = 'https://images2.maghress.com/aldar/6010203/photo';
/** The first bytes of a JPEG file. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

const jpegResponse = (init: ResponseInit = { headers: { 'content-type': 'image/jpeg' } }) => new Response(JPEG, init);

/** A body that fails the test if anything reads it. */
function unreadBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull() {
      throw new Error('the body was read');
    },
  });
}

describe('imageFromResponse', () => {
  it.each([
    [404, 'not-found'],
    [410, 'not-found'],
    [500, 'http-error'],
    [403, 'http-error'],
  ])('reads HTTP %i as %s', async (status, problem) => {
    expect(await imageFromResponse(new Response('<h1>Error</h1>', { status, headers: { 'content-type': 'image/jpeg' } }))).toEqual({ problem });
  });

  it.each([
    ['text/html; charset=utf-8', 'not-image'],
    ['application/json', 'not-image'],
    ['application/xhtml+xml', 'not-image'],
    ['image/svg+xml', 'unsupported'],
  ])('refuses a %s body as %s', async (type, problem) => {
    expect(await imageFromResponse(new Response('<html><body>Not found</body></html>', { headers: { 'content-type': type } }))).toEqual({ problem });
  });

  it('refuses a body its Content-Length declares too large, without reading it', async () => {
    const response = new Response(unreadBody(), { headers: { 'content-type': 'image/jpeg', 'content-length': String(IMAGE_LIMITS.maxBytes + 1) } });
    expect(await imageFromResponse(response)).toEqual({ problem: 'too-large' });
  });

  it('stops reading a body that grows past the cap', async () => {
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(256));
      },
    });
    expect(await imageFromResponse(new Response(endless, { headers: { 'content-type': 'image/jpeg' } }), 1000)).toEqual({ problem: 'too-large' });
    expect(pulls).toBeLessThan(10);
  });

  it('reads a body exactly at the cap', async () => {
    const result = await imageFromResponse(jpegResponse(), JPEG.byteLength);
    expect('blob' in result && result.blob.size).toBe(JPEG.byteLength);
  });

  it('refuses an empty body as not an image', async () => {
    expect(await imageFromResponse(new Response(null, { headers: { 'content-type': 'image/jpeg' } }))).toEqual({ problem: 'not-image' });
    expect(await imageFromResponse(new Response(new Uint8Array(0), { headers: { 'content-type': 'image/jpeg' } }))).toEqual({ problem: 'not-image' });
  });

  it('gives an image body as a blob of its type', async () => {
    const result = await imageFromResponse(jpegResponse({ headers: { 'content-type': 'Image/JPEG' } }));
    if (!('blob' in result)) throw new Error(`expected a blob, got ${result.problem}`);
    expect(result.blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await result.blob.arrayBuffer())).toEqual(JPEG);
  });

  it.each([['application/octet-stream'], ['']])('gives a body labelled %j as an untyped blob (servers label images loosely)', async (type) => {
    const result = await imageFromResponse(new Response(JPEG, { headers: type ? { 'content-type': type } : {} }));
    if (!('blob' in result)) throw new Error(`expected a blob, got ${result.problem}`);
    expect(result.blob.type).toBe('');
    expect(result.blob.size).toBe(JPEG.byteLength);
  });
});

describe('readableImageUrl', () => {
  it.each([
    [PHOTO, true],
    ['http://images2.maghress.com/aldar/6010203/photo', true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['javascript:alert(1)', false],
    ['blob:https://maghress.com/0b6c2d52-6d1c-4c55-8ab3-4ce1c0e4d1a7', false],
    ['ftp://maghress.com/photo.jpg', false],
    ['https://user:secret@maghress.com/photo.jpg', false],
    ['', false],
  ])('%s → %s', (url, readable) => {
    expect(readableImageUrl(url)).toBe(readable);
  });

  it('refuses a data: picture over the length cap', () => {
    const prefix = 'data:image/png;base64,';
    expect(readableImageUrl(prefix + 'A'.repeat(IMAGE_LIMITS.maxDataUrl - prefix.length))).toBe(true);
    expect(readableImageUrl(prefix + 'A'.repeat(IMAGE_LIMITS.maxDataUrl - prefix.length + 1))).toBe(false);
  });
});

describe('fetchImage', () => {
  const saved = { ...IMAGE_LIMITS };
  afterEach(() => {
    Object.assign(IMAGE_LIMITS, saved);
  });

  it('fetches without cookies or referrer and gives the image', async () => {
    const fetcher = vi.fn<typeof fetch>(async () => jpegResponse());
    const result = await fetchImage(PHOTO, fetcher);
    expect('blob' in result && result.blob.type).toBe('image/jpeg');
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith(PHOTO, expect.objectContaining({ credentials: 'omit', referrerPolicy: 'no-referrer' }));
  });

  it('passes on the response’s problem', async () => {
    expect(await fetchImage(PHOTO, async () => new Response('gone', { status: 404 }))).toEqual({ problem: 'not-found' });
    expect(await fetchImage(PHOTO, async () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }))).toEqual({ problem: 'not-image' });
  });

  it('reports a failed request as a network problem', async () => {
    const fetcher = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchImage(PHOTO, fetcher)).toEqual({ problem: 'network' });
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('gives up on a server that never answers', async () => {
    IMAGE_LIMITS.timeoutMs = 30;
    // As fetch does: nothing until the signal aborts the request.
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const started = Date.now();
    expect(await fetchImage(PHOTO, silent)).toEqual({ problem: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('frees the host for the next image after a timeout', async () => {
    IMAGE_LIMITS.timeoutMs = 30;
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    // More than the per-host limit, all silent: each waits its turn, then times out.
    const results = await Promise.all([1, 2, 3].map((n) => fetchImage(`${PHOTO}?n=${n}`, silent)));
    expect(results).toEqual([{ problem: 'timeout' }, { problem: 'timeout' }, { problem: 'timeout' }]);
    expect(await fetchImage(PHOTO, async () => jpegResponse())).toHaveProperty('blob');
  });

  it.each([['javascript:alert(1)'], ['blob:https://maghress.com/0b6c2d52-6d1c-4c55-8ab3-4ce1c0e4d1a7'], ['/relative/photo.jpg']])('does not request %s', async (url) => {
    const fetcher = vi.fn<typeof fetch>(async () => jpegResponse());
    expect(await fetchImage(url, fetcher)).toEqual({ problem: 'no-address' });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('does not read a data: picture over the length cap', async () => {
    IMAGE_LIMITS.maxDataUrl = 100;
    const fetcher = vi.fn<typeof fetch>(async () => jpegResponse());
    expect(await fetchImage(`data:image/jpeg;base64,${'/9j/4AAQ'.repeat(20)}`, fetcher)).toEqual({ problem: 'too-large' });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('reads a short data: picture', async () => {
    const url = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==';
    const fetcher = vi.fn<typeof fetch>(async () => jpegResponse());
    expect(await fetchImage(url, fetcher)).toHaveProperty('blob');
    expect(fetcher).toHaveBeenCalledWith(url, expect.anything());
  });
});
