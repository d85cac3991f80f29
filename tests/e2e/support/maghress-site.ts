import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The seed's Maghress page and Aldar's original, as maghress.test.ts serves them, for the tests
// that only need one article that Upstream verifies.
export const MAGHRESS = 'www.maghress.com';
export const ALDAR = 'www.aldar.ma';
export const ARTICLE = `http://${MAGHRESS}/fr/aldar/6010203`;
export const SOURCE_LINK = `http://${ALDAR}/laftit-sentretient-avec-son-homologue-allemande-145832.html`;
export const ORIGINAL = `http://${ALDAR}/2023/10/30/laftit-sentretient-avec-son-homologue-allemande-145832.html`;

/** The Maghress copy (tests/fixtures/ress-family/fr-aldar), its "read at source" link pointing at `link`. */
export function maghressPage(link = SOURCE_LINK): string {
  return readFileSync(resolve(__dirname, '../../fixtures/ress-family/fr-aldar/source.html'), 'utf8').replace(
    'https://www.aldar.ma/laftit-sentretient-avec-son-homologue-allemande-145832.html',
    link,
  );
}

/** Aldar's original article (tests/e2e/sites/aldar-article.html). */
export function aldarOriginal(): string {
  return readFileSync(resolve(__dirname, '../sites/aldar-article.html'), 'utf8');
}
