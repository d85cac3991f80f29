import { describe, expect, it } from 'vitest';
import { decodeBody, readCapped } from './decode';
import { readHead } from './html-head';

// "الدار" (Aldar) in windows-1256: the bytes an Arabic outlet still serves.
const ALDAR_1256 = [0xc7, 0xe1, 0xcf, 0xc7, 0xd1];

describe('decodeBody', () => {
  it('uses the charset of the Content-Type header', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<p>'), ...ALDAR_1256]);
    expect(decodeBody(bytes, 'text/html; charset=windows-1256')).toBe('<p>الدار');
  });

  it('falls back to the meta charset, then UTF-8', () => {
    const head = new TextEncoder().encode('<meta charset="windows-1256"><title>');
    expect(decodeBody(new Uint8Array([...head, ...ALDAR_1256]), 'text/html')).toContain('<title>الدار');
    const latin = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">');
    expect(decodeBody(new Uint8Array([...latin, 0xe9]), null).endsWith('é')).toBe(true);
    expect(decodeBody(new TextEncoder().encode('Publié'), null)).toBe('Publié');
  });

  it('reads an unknown charset as UTF-8 instead of failing', () => {
    expect(decodeBody(new TextEncoder().encode('Publié'), 'text/html; charset=x-no-such-thing')).toBe('Publié');
  });
});

describe('readCapped', () => {
  it('stops at the cap on an endless stream', async () => {
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const { bytes, truncated } = await readCapped(new Response(endless), 200_000);
    expect(bytes.byteLength).toBe(200_000);
    expect(truncated).toBe(true);
    expect(pulls).toBeLessThan(10);
  });

  it('reads a body that fits', async () => {
    const { bytes, truncated } = await readCapped(new Response('hello'), 5);
    expect(new TextDecoder().decode(bytes)).toBe('hello');
    expect(truncated).toBe(false);
  });
});

describe('readHead', () => {
  it('reads refresh, canonical and title whatever the attribute order and quoting', () => {
    const facts = readHead(
      `<head><title>Un &quot;titre&quot;</title><link href='https://x.example/c' rel="Canonical"><meta content="0;URL=https://x.example/r" http-equiv=refresh></head>`,
    );
    expect(facts).toEqual({ title: 'Un "titre"', canonical: 'https://x.example/c', refresh: 'https://x.example/r' });
  });

  it('survives hostile markup', () => {
    const hostile = `<meta ${'a="'.repeat(10_000)}><title>${'<'.repeat(100_000)}`;
    const began = performance.now();
    expect(() => readHead(hostile)).not.toThrow();
    expect(performance.now() - began).toBeLessThan(500);
  });
});
