import { describe, expect, it } from 'vitest';
import { SEARCH_ENGINES, engineName, searchLinks } from './search-links';

// An address with the characters that break a link when not encoded: query, fragment, space, Arabic.
const PHOTO = 'https://images2.maghress.com/aldar/6010203/photo?w=800&h=450#main';
const ARABIC = 'https://www.aldar.ma/wp-content/uploads/2023/10/لفتيت فيزر.jpg';

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('searchLinks', () => {
  it.each(SEARCH_ENGINES.map((engine) => [engine]))('gives a %s link with the image address encoded exactly once', (engine) => {
    const [link] = searchLinks(PHOTO, [engine]);
    const encoded = encodeURIComponent(PHOTO);
    expect(link?.engine).toBe(engine);
    expect(link?.name).toBe(engineName(engine));
    const href = link?.href ?? '';
    expect(occurrences(href, encoded)).toBe(1);
    // Not double-encoded, and never raw: the image's own query must not leak into the engine's.
    expect(href).not.toContain(encodeURIComponent(encoded));
    expect(href).not.toContain('&h=450');
    expect(href).not.toContain('#main');
    const url = new URL(href);
    expect(url.protocol).toBe('https:');
    expect(url.hash).toBe('');
  });

  it('encodes a non-ASCII address once, after normalising it', () => {
    for (const link of searchLinks(ARABIC)) {
      const normalised = new URL(ARABIC).href;
      expect(occurrences(link.href, encodeURIComponent(normalised))).toBe(1);
      expect(link.href).not.toMatch(/[\s\u0600-\u06ff]/);
    }
  });

  it('gives every engine by default, in order, each with its name', () => {
    const links = searchLinks(PHOTO);
    expect(links.map((link) => link.engine)).toEqual([...SEARCH_ENGINES]);
    expect(links.map((link) => link.name)).toEqual(['Google Lens', 'Bing', 'Yandex', 'TinEye', 'Fact Check Explorer']);
    expect(new Set(links.map((link) => new URL(link.href).hostname)).size).toBe(5);
  });

  it('gives only the chosen engines, in the order chosen', () => {
    expect(searchLinks(PHOTO, ['tineye', 'google-lens']).map((link) => link.engine)).toEqual(['tineye', 'google-lens']);
    expect(searchLinks(PHOTO, [])).toEqual([]);
  });

  it.each([
    ['data:image/png;base64,iVBORw0KGgo='],
    ['javascript:alert(1)'],
    ['blob:https://maghress.com/0b6c2d52-6d1c-4c55-8ab3-4ce1c0e4d1a7'],
    ['ftp://maghress.com/photo.jpg'],
    [''],
  ])('gives no link for %j (not an http(s) address)', (url) => {
    expect(searchLinks(url)).toEqual([]);
  });
});
