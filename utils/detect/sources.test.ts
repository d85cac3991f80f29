import { describe, expect, it } from 'vitest';
import { SOURCE_ALTERNATION } from './source-alternation';
import { AGENCY_WORD, namesKnownSource } from './signals/triggers';
import { KNOWN_SOURCES, knownSource, leadingSource, sourceAlternation } from './sources';

describe('known sources', () => {
  it('ships the alternation of the table, written out for the content script', () => {
    // On failure, the expected string is the one to put in source-alternation.ts.
    expect(SOURCE_ALTERNATION).toBe(sourceAlternation());
  });

  it("lets the quick pass find every alias standing alone, by the written-out names or its agency-word test", () => {
    for (const source of KNOWN_SOURCES) {
      for (const alias of source.aliases) {
        for (const text of [alias, `Lorem (${alias}) — ipsum`, `… ipsum. — ${alias}`, `© 2020 ${alias}`]) {
          expect(namesKnownSource(text) || AGENCY_WORD.test(text), text).toBe(true);
        }
      }
    }
    // A name inside a word is no credit.
    expect(namesKnownSource('MAPS and EFFECTS')).toBe(false);
  });

  it('knows short forms only as written, longer names in any case', () => {
    expect(knownSource('AP')?.name).toBe('Associated Press');
    expect(knownSource('ap')).toBeUndefined();
    expect(knownSource('REUTERS')?.name).toBe('Reuters');
    expect(leadingSource('Reuters VIENNA')?.name).toBe('Reuters');
  });

  it('finds every alias at the start of a text, whatever follows it (the first-word test rejects no alias)', () => {
    for (const source of KNOWN_SOURCES) {
      for (const alias of source.aliases) {
        for (const text of [`${alias} VIENNA`, `${alias}, MANILA`, `${alias}. Weiter`, `${alias}:`, alias.toUpperCase()]) {
          const expected = leadingSourceSlowly(text);
          expect(leadingSource(text)?.name, text).toBe(expected?.name);
        }
      }
    }
    expect(leadingSource('Associated Press writers')?.name).toBe('Associated Press');
    expect(leadingSource('Staff report')).toBeUndefined();
    expect(leadingSource('')).toBeUndefined();
  });
});

/** leadingSource() without its first-word test: every count of leading words looked up. */
function leadingSourceSlowly(text: string) {
  const words = text.trim().split(/\s+/, 5);
  for (let count = Math.min(words.length, 4); count >= 1; count--) {
    const source = knownSource(words.slice(0, count).join(' ').replace(/[.,:;]+$/, ''));
    if (source) return source;
  }
  return undefined;
}
