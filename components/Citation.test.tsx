import { describe, expect, it } from 'vitest';
import { citation } from './Citation';

const facts = {
  title: "Laftit s'entretient avec son homologue allemande",
  publisher: 'Aldar',
  publishedAt: '2023-10-30',
  originalUrl: 'https://www.aldar.ma/a.html',
  copyUrl: 'https://maghress.com/fr/aldar/6010203',
  checkedAt: Date.parse('2026-11-29T09:00:00Z'),
};

describe('citation', () => {
  it('reads as plain text', () => {
    expect(citation(facts, false)).toBe(
      "“Laftit s'entretient avec son homologue allemande”, Aldar, 2023-10-30. https://www.aldar.ma/a.html Republished at https://maghress.com/fr/aldar/6010203. Checked 2026-11-29T09:00:00.000Z.",
    );
  });

  it('links the original in Markdown', () => {
    expect(citation(facts, true)).toBe(
      "[Laftit s'entretient avec son homologue allemande](https://www.aldar.ma/a.html), Aldar, 2023-10-30. Republished at <https://maghress.com/fr/aldar/6010203>. Checked 2026-11-29T09:00:00.000Z.",
    );
  });
});
