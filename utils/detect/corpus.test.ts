import { describe, expect, it } from 'vitest';
import { corpusPages, evaluate, fixturePages, projectPages } from '../../tests/eval/corpus';

// The whole labelled corpus (real saved pages, read in place from ../shared) and the project's
// fixtures, scored as `npm run eval` scores them. The figures are the targets; a change
// that lowers one below its target fails here, not only in a report.
const corpus = corpusPages();

describe.runIf(corpus.length > 0)('detection on the labelled corpus', () => {
  const { report, misses, falsePositives } = evaluate([...corpus, ...fixturePages(), ...projectPages()]);

  it('flags no original as a copy (hard negatives stay negative)', () => {
    expect(falsePositives, misses.join('\n')).toEqual([]);
  });

  it('meets the precision and recall targets', () => {
    expect(report.precision, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(report.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('names the source and finds the original', () => {
    expect(report.sourceName.accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.originalUrl.accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.originalDate.accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});
