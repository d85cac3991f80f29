import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles } from './compare';
import type { ExtractedArticle } from './extract';

// The real Maghress page's text (../shared/seeds): its article paragraphs are the original,
// its list of other headlines is another story in the same language.
const seed = readFileSync(resolve(__dirname, '../../../shared/seeds/000_af4c14389ce3ff26.txt'), 'utf8');
const body = seed.slice(seed.indexOf("Le ministre de l'Intérieur, Abdelouafi"), seed.indexOf('Aldar: map'));
const paragraphs = body.split('\n').map((line) => line.trim()).filter(Boolean);
const headlines = seed.split('\n')[0]?.split(/\s{3,}/).filter(Boolean) ?? [];
const title = "Laftit s'entretient avec son homologue allemande des moyens de renforcer la coopération sécuritaire bilatérale";

const article = (parts: string[], overrides: Partial<ExtractedArticle> = {}): ExtractedArticle => ({ url: 'https://www.aldar.ma/a.html', title, language: 'fr', paragraphs: parts, ...overrides });
const original = article(paragraphs);

describe('compareArticles', () => {
  it('verifies a faithful copy', () => {
    const result = compareArticles(article(paragraphs, { url: 'https://maghress.com/fr/aldar/1' }), original);
    expect(result).toMatchObject({ verdict: 'verified', titleChanged: false, paragraphsCut: 0, paragraphsAdded: 0 });
    expect(result.score).toBeGreaterThan(0.95);
  });

  it('ignores differences of case, punctuation and spacing', () => {
    const noisy = paragraphs.map((paragraph) => paragraph.toUpperCase().replace(/,/g, ' ,  '));
    expect(compareArticles(article(noisy), original).verdict).toBe('verified');
  });

  it('says what an edited copy changed', () => {
    const cut = [...paragraphs.slice(0, 2), ...paragraphs.slice(3), 'Selon nos informations, une nouvelle rencontre est prévue au printemps prochain à Berlin entre les deux délégations ministérielles.'];
    const result = compareArticles(article(cut, { title: 'Sécurité : le Maroc et l’Allemagne signent une déclaration' }), original);
    expect(result).toMatchObject({ verdict: 'edited', titleChanged: true, paragraphsCut: 1, paragraphsAdded: 1 });
  });

  it('calls another story different', () => {
    const result = compareArticles(article(headlines, { title: 'Revue de presse' }), original);
    expect(result.verdict).toBe('different');
    expect(result.score).toBeLessThan(0.1);
  });

  it('never calls a paywalled or empty original different', () => {
    const teaser = article(['Le ministre de l’Intérieur a tenu une réunion. Abonnez-vous pour lire la suite.']);
    expect(compareArticles(article(paragraphs), teaser)).toMatchObject({ verdict: 'unknown', reason: 'original-empty' });
    expect(compareArticles(article([]), original)).toMatchObject({ verdict: 'unknown', reason: 'copy-empty' });
  });

  it('does not judge a translation by its words', () => {
    const arabic = article(['عقد وزير الداخلية عبد الوافي لفتيت اجتماعا مع وزيرة الداخلية الألمانية نانسي فيزر خصص لبحث القضايا الثنائية ذات الاهتمام المشترك وسبل تعزيز التعاون الأمني بين البلدين في مجالات مكافحة الإرهاب والتطرف والهجرة غير الشرعية وتبادل المعلومات والخبرات من أجل مزيد من النجاعة والفعالية في التعاون الأمني بين البلدين وتكثيف التعاون العملياتي لمكافحة مختلف أشكال الجريمة العابرة للحدود'], { language: 'ar' });
    expect(compareArticles(arabic, original)).toMatchObject({ verdict: 'unknown', reason: 'other-language' });
  });
});
