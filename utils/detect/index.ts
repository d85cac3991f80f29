import { adapters } from './adapters';
import type { Detection, Signal } from './types';

export type { Detection, Signal, SignalKind, SourceClaim } from './types';

/** Combines independent signals: each one closes part of the remaining doubt. */
function combine(signals: readonly Signal[]): number {
  let doubt = 1;
  for (const signal of signals) doubt *= 1 - Math.min(Math.max(signal.weight, 0), 1);
  return Math.round((1 - doubt) * 1000) / 1000;
}

/**
 * Says whether `document` (served at `url`) republishes another outlet's article, who that
 * outlet is, and why. Pure: no network, no storage, no globals. `null` means "not republished".
 */
export function detect(document: Document, url: URL): Detection | null {
  for (const adapter of adapters) {
    let result;
    try {
      if (!adapter.matches(url)) continue;
      result = adapter.extract(document, url);
    } catch {
      // One broken adapter never stops detection on the page.
      continue;
    }
    if (!result) continue;
    const signals: Signal[] = [
      { kind: 'site-adapter', evidence: `${adapter.id}: ${url.hostname}`, weight: 0.5 },
      ...result.signals,
    ];
    return {
      source: result.source,
      confidence: combine(signals),
      signals,
      adapter: adapter.id,
      ...(result.title ? { title: result.title } : {}),
    };
  }
  return null;
}
