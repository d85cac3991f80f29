import type { ExtractedArticle } from './extract';

/** What the comparison of a copy with its original found. */
export type Verdict = 'verified' | 'edited' | 'different' | 'unknown';

export interface Comparison {
  verdict: Verdict;
  /** Share of the copy's word sequences found in the original, 0..1. */
  score: number;
  /** Share of the original's word sequences the copy keeps, 0..1. */
  kept: number;
  /** Why the verdict is `unknown`, when it is. */
  reason?: 'original-empty' | 'copy-empty' | 'other-language';
  titleChanged: boolean;
  /** Paragraphs of the original missing from the copy, and paragraphs only the copy has. */
  paragraphsCut: number;
  paragraphsAdded: number;
  originalWords: number;
  copyWords: number;
}

const SHINGLE = 4;
const STORY_LINE = 80;
/** Fewer words than this and a text cannot be told apart from a teaser, a paywall or a menu. */
const MIN_WORDS = 60;

// Compatibility forms (Arabic presentation forms, full-width Latin, ligatures) that NFKC folds;
// most texts have none, and normalising 5,000 words costs more than the rest of the comparison.
const COMPATIBILITY_FORMS = /[\uFB00-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]/;

function words(text: string): readonly string[] {
  return (COMPATIBILITY_FORMS.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0640]/g, '') // Arabic diacritics and tatweel vary between copies.
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 32-bit FNV-1a of a word. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
  return hash;
}

/** A hash of each run of SHINGLE words, mixed from the words' own hashes (each word hashed once). */
export function shingles(tokens: readonly string[]): Set<number> {
  const hashes = tokens.map(wordHash);
  const result = new Set<number>();
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    let hash = 0;
    for (let j = i; j < i + SHINGLE; j++) hash = Math.imul(hash ^ (hashes[j] ?? 0), 0x9e3779b1) + j - i;
    result.add(hash >>> 0);
  }
  return result;
}

function containment(inner: Set<number>, outer: Set<number>): number {
  if (inner.size === 0) return 0;
  let shared = 0;
  for (const value of inner) if (outer.has(value)) shared++;
  return shared / inner.size;
}

/** Each paragraph's shingles, and the whole text's (their union): every word is read once. */
function shingled(paragraphs: readonly string[]): { each: Set<number>[]; all: Set<number>; words: number } {
  const tokens = paragraphs.map(words);
  const each = tokens.map(shingles);
  const all = new Set<number>();
  for (const set of each) for (const value of set) all.add(value);
  return { each, all, words: tokens.reduce((count, list) => count + list.length, 0) };
}

/** Story paragraphs of `sets` (by index into `paragraphs`) that `other` does not hold. */
function missing(paragraphs: readonly string[], sets: Set<number>[], other: Set<number>): number {
  return paragraphs.filter((paragraph, index) => {
    const own = sets[index];
    return paragraph.length >= STORY_LINE && own !== undefined && own.size > 0 && containment(own, other) < 0.5;
  }).length;
}

/**
 * The article's paragraphs without its headline: extraction sometimes glues the headline and a
 * credit line to the first paragraph, and a retitled copy is reported as such, not as new text.
 */
function withoutHeadline(article: ExtractedArticle): ExtractedArticle {
  const title = article.title?.replace(/\s+[-|–—]\s+[^-|–—]{1,40}$/, '').trim();
  if (!title || title.length < 15) return article;
  return { ...article, paragraphs: article.paragraphs.map((paragraph) => paragraph.replace(title, ' ').trim()).filter(Boolean) };
}

/** The story's own lines when there are enough of them: credits and links do not weigh in the score. */
function storyOnly(article: ExtractedArticle): ExtractedArticle {
  const lines = article.paragraphs.filter((paragraph) => paragraph.length >= STORY_LINE);
  return words(lines.join(' ')).length >= MIN_WORDS ? { ...article, paragraphs: lines } : article;
}

const normaliseTitle = (title: string | undefined) => words(title ?? '').join(' ');

/**
 * Compares a copy with its original: the share of the copy's 4-word sequences the original
 * holds, and which paragraphs were cut or added. Never calls a story different when either
 * text is too short or in another language to judge.
 */
export function compareArticles(copyArticle: ExtractedArticle, originalArticle: ExtractedArticle): Comparison {
  const copy = storyOnly(withoutHeadline(copyArticle));
  const original = storyOnly(withoutHeadline(originalArticle));
  const copyText = shingled(copy.paragraphs);
  const originalText = shingled(original.paragraphs);
  const copySet = copyText.all;
  const originalSet = originalText.all;
  const score = Math.round(containment(copySet, originalSet) * 1000) / 1000;
  const reverse = containment(originalSet, copySet);
  // Short lines (credits, bylines, "read at the source" links) are each site's furniture, not the story.
  const cut = missing(original.paragraphs, originalText.each, copySet);
  const added = missing(copy.paragraphs, copyText.each, originalSet);
  const titleChanged = !!copy.title && !!original.title && !normaliseTitle(original.title).includes(normaliseTitle(copy.title)) && !normaliseTitle(copy.title).includes(normaliseTitle(original.title));
  const base = { score, kept: Math.round(reverse * 1000) / 1000, titleChanged, paragraphsCut: cut, paragraphsAdded: added, originalWords: originalText.words, copyWords: copyText.words };

  const copyLanguage = copy.language?.slice(0, 2).toLowerCase();
  const originalLanguage = original.language?.slice(0, 2).toLowerCase();
  if (copyLanguage && originalLanguage && copyLanguage !== originalLanguage && score < 0.3) return { ...base, verdict: 'unknown', reason: 'other-language' };
  if (originalText.words < MIN_WORDS) return { ...base, verdict: 'unknown', reason: 'original-empty' };
  if (copyText.words < MIN_WORDS) return { ...base, verdict: 'unknown', reason: 'copy-empty' };
  if (score >= 0.9 && reverse >= 0.9 && !titleChanged && cut === 0 && added === 0) return { ...base, verdict: 'verified' };
  if (score >= 0.25 || reverse >= 0.25) return { ...base, verdict: 'edited' };
  return { ...base, verdict: 'different' };
}
