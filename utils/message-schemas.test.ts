import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { detectionSchema, schemas } from './message-schemas';

const detection = {
  source: { name: 'Aldar', url: 'https://www.aldar.ma/a.html', publishedAt: '2023-10-30' },
  confidence: 0.95,
  signals: [{ kind: 'credit-line', evidence: 'Publié dans Aldar le 30 - 10 - 2023', weight: 0.9 }],
  title: 'Laftit',
};

describe('message schemas', () => {
  it('accept a well-formed detection', () => {
    expect(v.safeParse(detectionSchema, detection).success).toBe(true);
  });

  it.each([
    ['a javascript: source URL', { ...detection, source: { url: 'javascript:alert(1)' } }],
    ['a data: source URL', { ...detection, source: { url: 'data:text/html,x' } }],
    ['a confidence above 1', { ...detection, confidence: 7 }],
    ['an unknown signal kind', { ...detection, signals: [{ kind: 'magic', evidence: '', weight: 1 }] }],
    ['a huge evidence text', { ...detection, signals: [{ kind: 'meta', evidence: 'x'.repeat(10_000), weight: 1 }] }],
    ['too many signals', { ...detection, signals: Array.from({ length: 500 }, () => detection.signals[0]) }],
    ['a malformed date', { ...detection, source: { publishedAt: '30/10/2023' } }],
    ['no signals at all', { source: {}, confidence: 1 }],
    ['a string', 'reportDetection'],
    ['null', null],
  ])('refuse %s', (_, data) => {
    expect(v.safeParse(detectionSchema, data).success).toBe(false);
  });

  it('accept only an http(s) page URL from the content script', () => {
    expect(v.safeParse(schemas.pageMayBeRepublished, { url: 'https://maghress.com/fr/aldar/1' }).success).toBe(true);
    expect(v.safeParse(schemas.pageMayBeRepublished, { url: 'javascript:alert(1)' }).success).toBe(false);
    expect(v.safeParse(schemas.pageMayBeRepublished, {}).success).toBe(false);
  });

  it('refuse tab ids that are not small non-negative integers', () => {
    for (const tabId of [-1, 1.5, Number.NaN, 2 ** 40, '3', null]) {
      expect(v.safeParse(schemas.getProvenance, { tabId }).success, String(tabId)).toBe(false);
    }
    expect(v.safeParse(schemas.getProvenance, { tabId: 12 }).success).toBe(true);
  });
});
