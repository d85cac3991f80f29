import { describe, expect, it } from 'vitest';
import { detect } from '.';
import { adapters } from './adapters';
import { fixtureCases, parsePage } from '../../tests/fixtures/load';

const cases = fixtureCases();

describe('detect() on every fixture', () => {
  it.each(cases.map((c) => [`${c.adapter}/${c.name}`, c] as const))('%s', (_, fixture) => {
    const detection = detect(parsePage(fixture.html, fixture.expected.url), new URL(fixture.expected.url));
    if (!fixture.expected.detected) {
      expect(detection).toBeNull();
      return;
    }
    expect(detection).not.toBeNull();
    expect(detection?.source).toEqual(fixture.expected.source);
    expect(detection?.title).toBe(fixture.expected.title);
    expect(detection?.signals.map((signal) => signal.kind)).toEqual(fixture.expected.signals);
    expect(detection?.confidence).toBeGreaterThan(0.5);
    expect(detection?.confidence).toBeLessThanOrEqual(1);
  });

  it('has a fixture folder for every adapter', () => {
    const withFixtures = new Set(cases.map((c) => c.adapter));
    const missing = adapters.map((adapter) => adapter.id).filter((id) => !withFixtures.has(id));
    expect(missing, `add tests/fixtures/<id>/<case>/ for: ${missing.join(', ')}`).toEqual([]);
  });
});
