import { describe, expect, it } from 'vitest';
import { adapters } from '.';

describe('site adapter matchers', () => {
  for (const adapter of adapters) {
    describe(adapter.id, () => {
      it.each(adapter.exampleUrls)('matches its own example %s', (url) => {
        expect(adapter.matches(new URL(url)), `${adapter.id}.matches() should accept ${url}`).toBe(true);
      });

      const others = adapters.filter((other) => other !== adapter).flatMap((other) => other.exampleUrls.map((url) => [other.id, url] as const));
      it.each(others)('rejects %s example %s', (owner, url) => {
        expect(adapter.matches(new URL(url)), `${adapter.id}.matches() should reject ${owner}'s ${url}`).toBe(false);
      });
    });
  }

  it('ress-family rejects listing pages and look-alike hosts', () => {
    const [ressFamily] = adapters;
    for (const url of [
      'https://maghress.com/fr',
      'https://www.maghress.com/alittihad',
      'https://maghress.com.evil.example/fr/aldar/1',
      'https://notmaghress.com/fr/aldar/1',
      'https://www.maghress.com/fr/aldar/1/comments/2',
    ]) {
      expect(ressFamily?.matches(new URL(url)), url).toBe(false);
    }
  });
});
