import { describe, expect, it } from 'vitest';
import { unwrapLink } from './unwrap';

const unwrap = (raw: string) => unwrapLink(new URL(raw)).href;

describe('unwrapLink', () => {
  it.each([
    ['https://web.archive.org/web/20140109030403/http://gnadlib.wordpress.com/2013/12/08/antipoden-die-wahrheit/', 'http://gnadlib.wordpress.com/2013/12/08/antipoden-die-wahrheit/'],
    ['https://web.archive.org/web/20140109030403im_/http://a.example/x.jpg', 'http://a.example/x.jpg'],
    ['https://www.google.com/url?q=https://www.aldar.ma/a.html&sa=D', 'https://www.aldar.ma/a.html'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.aldar.ma%2Fa.html&h=AT0', 'https://www.aldar.ma/a.html'],
    ['https://news.example/out?url=https%3A%2F%2Fwww.aldar.ma%2Fa.html', 'https://www.aldar.ma/a.html'],
    ['https://www.google.com/url?q=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F%252Fwww.aldar.ma%252Fa.html', 'https://www.aldar.ma/a.html'],
  ])('%s', (wrapped, inner) => {
    expect(unwrap(wrapped)).toBe(inner);
  });

  it.each([
    'https://www.google.com/url?q=javascript:alert(1)',
    'https://news.example/out?url=data:text/html,x',
    'https://www.aldar.ma/search?q=https://elsewhere.example/',
    'https://web.archive.org/web/*/https://www.aldar.ma/a.html*',
  ])('leaves %s as it is', (url) => {
    expect(unwrap(url)).toBe(new URL(url).href);
  });
});
