import { describe, expect, it } from 'vitest';
import { normaliseUrl, toHttpUrl } from './url';

describe('toHttpUrl', () => {
  it('accepts http(s) links, relative ones against a base', () => {
    expect(toHttpUrl('https://www.aldar.ma/a.html')?.href).toBe('https://www.aldar.ma/a.html');
    expect(toHttpUrl('/fr/aldar', 'https://maghress.com/fr/aldar/1')?.href).toBe('https://maghress.com/fr/aldar');
    expect(toHttpUrl('  http://x.example/  ')?.href).toBe('http://x.example/');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'chrome://settings',
    'https://user:pass@x.example/',
    'http://',
    'http://[::',
    '',
  ])('refuses %s', (raw) => {
    expect(toHttpUrl(raw, 'https://maghress.com/')).toBeNull();
  });

  it('refuses absurdly long URLs', () => {
    expect(toHttpUrl(`https://x.example/${'a'.repeat(3000)}`)).toBeNull();
  });
});

describe('normaliseUrl', () => {
  it('drops fragments, trackers, default ports and host case', () => {
    expect(normaliseUrl('HTTPS://WWW.Aldar.MA:443/a.html?utm_source=x&id=3&fbclid=y#top')).toBe('https://www.aldar.ma/a.html?id=3');
    expect(normaliseUrl('https://www.aldar.ma/a.html?utm_medium=z')).toBe('https://www.aldar.ma/a.html');
  });

  it('keeps parameters that name the article', () => {
    expect(normaliseUrl('https://news.example/article.php?id=12&page=2')).toBe('https://news.example/article.php?id=12&page=2');
  });
});
