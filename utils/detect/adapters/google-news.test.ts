import { describe, expect, it } from 'vitest';
import { decodeGoogleNewsToken, googleNews } from './google-news';
import { parsePage } from '../../../tests/fixtures/load';

/** Frames `url` (and an optional AMP URL) the way old Google News tokens do, as base64url. */
function buildToken(url: string, amp?: string): string {
  const varint = (n: number) => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, n >> 7]);
  const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
  const bytes = [0x08, 0x13, 0x22, ...varint(url.length), ...ascii(url)];
  if (amp) bytes.push(0xd2, 0x01, ...varint(amp.length), ...ascii(amp));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('decodeGoogleNewsToken', () => {
  // Published tokens, copied from public code:
  it('decodes the BBC token of SSujitX/google-news-url-decoder decode_google_news_url.py (MIT)', () => {
    const token = 'CBMiLmh0dHBzOi8vd3d3LmJiYy5jb20vbmV3cy9hcnRpY2xlcy9jampqbnhkdjE4OG_SATJodHRwczovL3d3dy5iYmMuY29tL25ld3MvYXJ0aWNsZXMvY2pqam54ZHYxODhvLmFtcA';
    expect(decodeGoogleNewsToken(token)).toBe('https://www.bbc.com/news/articles/cjjjnxdv188o');
  });

  it('decodes the Page Six token (two-byte length, AMP URL) of HalfMillennium/mnemo-api example_html_snippet.py', () => {
    const token = 'CBMieWh0dHBzOi8vcGFnZXNpeC5jb20vMjAyNC8wMi8xMC9lbnRlcnRhaW5tZW50L3RheWxvci1zd2lmdC1hbmQtdHJhdmlzLWtlbGNlcy1mYW1pbGllcy10by1zaXQtaW4tc3VwZXItYm93bC1zdWl0ZS10b2dldGhlci_SAX1odHRwczovL3BhZ2VzaXguY29tLzIwMjQvMDIvMTAvZW50ZXJ0YWlubWVudC90YXlsb3Itc3dpZnQtYW5kLXRyYXZpcy1rZWxjZXMtZmFtaWxpZXMtdG8tc2l0LWluLXN1cGVyLWJvd2wtc3VpdGUtdG9nZXRoZXIvYW1wLw';
    expect(decodeGoogleNewsToken(token)).toBe(
      'https://pagesix.com/2024/02/10/entertainment/taylor-swift-and-travis-kelces-families-to-sit-in-super-bowl-suite-together/',
    );
  });

  it('gives no URL for the opaque AU_yqL token of RafaPerdomo/CableNews debug_url.py', () => {
    const token = 'CBMi2AFBVV95cUxPeU5vYVdnXzZ2bjVWZUp0ZkF1dU9Sa3BEekY0bHhmenhMZzEtQm9kenBjVWxmb0NaR09MUVQ4Yl9YOGpnRDJfeG0zN1NzSWR2M2ZOdC0xUGpjUG5pV3dTVUM4bHlNUm5xR3RONUtDcWNRblNMUzc2YTd1QkFINWFiM3lLOHl3Z3RFSzl6U19LQzhrYXdDaTJyVEFUMHRGZDZBS1BabnJSVERXbmQ5OUhSdWV0akJVYzNfVTRUenVoamJzX1RacW9NYzRucGh4bUVmMENEMUE5d3CSAfMBQVVfeXFMT1JYdk12M1lRU1dobWVOcGRLaWh3WXU0UFd3dWFrXzJnSl8wV1hKX2Z1c3U3a1V3MmhvckIzQXphV0NGejhNeWVuV2ViSHhNclBSVGUya19XQkM3clh5eVZaX2dXZXVlaElWREkzQmRFVVdQSG9lNVprTW1CckI3Z0J0NC12WkU5VTl2ODZvNm9DaFo2LVEyRGxBSGpydTlza3lvN1pzVFJIZ1BkUjJ4QmZfYzNiU0duUGtoQ2RGWGJjQWYwa1dWckR2Q2xDMjRxTlo1enJGeHpDTnpNUURmNUhCSEExNDVDclc5d3M2VUdwZno4';
    expect(decodeGoogleNewsToken(token)).toBeNull();
  });

  it('round-trips tokens built the same way, short and long, with and without AMP', () => {
    const short = 'https://www.aldar.ma/laftit-145832.html';
    const long = `https://example.org/${'a'.repeat(200)}`;
    expect(decodeGoogleNewsToken(buildToken(short))).toBe(short);
    expect(decodeGoogleNewsToken(buildToken(short, `${short}/amp`))).toBe(short);
    expect(decodeGoogleNewsToken(buildToken(long, `${long}/amp`))).toBe(long);
  });

  it('never returns a non-http URL or throws on hostile tokens', () => {
    expect(decodeGoogleNewsToken(buildToken('javascript:alert(1)//http://x'))).toBeNull();
    expect(decodeGoogleNewsToken(buildToken('http://user:pw@evil.example/'))).toBeNull();
    for (const token of ['', '!!!!', 'CBMi', 'A', 'AU_yqLabc', 'x'.repeat(10_000), 'CBMi____']) {
      expect(() => decodeGoogleNewsToken(token)).not.toThrow();
      expect(decodeGoogleNewsToken(token)).toBeNull();
    }
  });
});

describe('googleNews.extract', () => {
  it('works from the URL alone, on an empty document', () => {
    const url = new URL(googleNews.exampleUrls[0] ?? '');
    const result = googleNews.extract(parsePage('', url.href), url);
    expect(result?.source.url).toBe('https://www.bbc.com/news/articles/cjjjnxdv188o');
  });

  it('rejects other Google News pages', () => {
    for (const url of ['https://news.google.com/', 'https://news.google.com/topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRFZxYUdjU0FtVnVHZ0pWVXlnQVAB', 'https://news.google.com.evil.example/articles/CBMiLmh0dHBz']) {
      expect(googleNews.matches(new URL(url)), url).toBe(false);
    }
  });
});
