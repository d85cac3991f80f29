import { describe, expect, it } from 'vitest';
import { landedFromOpaqueLink } from './navigation';

// An opaque token (found in public code; see the google-news adapter's tests) and an old one
// that holds its URL (built the way Google built them).
const OPAQUE = 'https://news.google.com/rss/articles/AU_yqLMAbCdEfGhIjKlMnOpQrStUvWxYz0123456789?oc=5';
const oldToken = btoa(`\x08\x13\x22\x2ahttps://www.bbc.com/news/articles/cjjjnxdv188o`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('landedFromOpaqueLink', () => {
  it('takes where the reader landed as the original of an opaque link', () => {
    expect(landedFromOpaqueLink({ url: OPAQUE, at: 1_000 }, 'https://www.aldar.ma/a.html', 3_000)).toEqual({
      link: OPAQUE,
      original: 'https://www.aldar.ma/a.html',
    });
  });

  it.each([
    ['too late', { url: OPAQUE, at: 0 }, 'https://www.aldar.ma/a.html', 60_000],
    ['still on Google', { url: OPAQUE, at: 0 }, 'https://consent.google.com/ml?continue=x', 1_000],
    ['not a Google News link', { url: 'https://maghress.com/fr/aldar/1', at: 0 }, 'https://www.aldar.ma/a.html', 1_000],
    ['a token that names its URL (decoded offline instead)', { url: `https://news.google.com/articles/${oldToken}`, at: 0 }, 'https://www.bbc.com/news/articles/cjjjnxdv188o', 1_000],
    ['a landing that is not a web page', { url: OPAQUE, at: 0 }, 'chrome://newtab/', 1_000],
    ['no page before', null, 'https://www.aldar.ma/a.html', 1_000],
  ] as const)('ignores %s', (_, left, landed, now) => {
    expect(landedFromOpaqueLink(left, landed, now)).toBeNull();
  });
});
