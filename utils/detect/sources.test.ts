import { describe, expect, it } from 'vitest';
import { SOURCE_ALTERNATION } from './source-alternation';
import { knownSource, leadingSource, sourceAlternation } from './sources';

describe('known sources', () => {
  it('ships the alternation of the table, written out for the content script', () => {
    // On failure, the expected string is the one to put in source-alternation.ts.
    expect(SOURCE_ALTERNATION).toBe(sourceAlternation());
  });

  it('matches every alias, longest first', () => {
    const pattern = new RegExp(`^(?:${SOURCE_ALTERNATION})$`, 'u');
    for (const alias of ['Associated Press', 'dpa-AFX', 'Agence France-Presse', 'رويترز', '共同通信']) expect(pattern.test(alias), alias).toBe(true);
    expect(new RegExp(`^(?:${SOURCE_ALTERNATION})`, 'u').exec('dpa-AFX Kurse')?.[0]).toBe('dpa-AFX');
  });

  it('knows short forms only as written, longer names in any case', () => {
    expect(knownSource('AP')?.name).toBe('Associated Press');
    expect(knownSource('ap')).toBeUndefined();
    expect(knownSource('REUTERS')?.name).toBe('Reuters');
    expect(leadingSource('Reuters VIENNA')?.name).toBe('Reuters');
  });
});
