import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { parsePage } from '../../tests/fixtures/load';

describe('extractArticle', () => {
  it('reads the story, title and date of the original served in the real-browser tests', () => {
    const html = readFileSync(resolve(__dirname, '../../tests/e2e/sites/aldar-article.html'), 'utf8');
    const url = 'http://www.aldar.ma/2023/10/30/laftit-sentretient-avec-son-homologue-allemande-145832.html';
    const article = extractArticle(parsePage(html, url), new URL(url));
    expect(article.title).toContain("Laftit s'entretient avec son homologue allemande");
    expect(article.siteName).toBe('Aldar');
    expect(article.publishedAt).toBe('2023-10-30T14:12:00+01:00');
    expect(article.language).toBe('fr');
    expect(article.paragraphs.join(' ')).toContain('Abdelouafi Laftit');
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it('leaves the page it reads untouched', () => {
    const html = readFileSync(resolve(__dirname, '../../tests/fixtures/ress-family/fr-aldar/source.html'), 'utf8');
    const document = parsePage(html, 'https://maghress.com/fr/aldar/6010203');
    const before = document.body.innerHTML;
    const article = extractArticle(document, new URL('https://maghress.com/fr/aldar/6010203'));
    expect(document.body.innerHTML).toBe(before);
    expect(article.paragraphs.join(' ')).toContain('Nancy Faeser');
  });
});
