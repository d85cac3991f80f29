import type { Finding } from './signals/types';
import type { SourceClaim } from './types';
import { nameKey } from './page';

/** Below this, a page is not called a copy: one weak hint ("Source: …" alone) is not enough. */
export const DETECTION_THRESHOLD = 0.6;
/** At least one signal must be this strong: two weak hints ("Source: CDC", a copyright line) are not a copy. */
export const STRONGEST_AT_LEAST = 0.55;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Combines independent signals: each one closes part of the remaining doubt. */
export function combine(weights: readonly number[]): number {
  let doubt = 1;
  for (const weight of weights) doubt *= 1 - Math.min(Math.max(weight, 0), 1);
  return Math.round((1 - doubt) * 1000) / 1000;
}

/**
 * Picks the source the findings agree on: the name with the most combined weight, the URL
 * and the date of the strongest findings that give one.
 */
export function chooseSource(findings: readonly Finding[]): SourceClaim {
  const byName = new Map<string, { name: string; weights: number[] }>();
  for (const finding of findings) {
    const name = finding.claim.name;
    if (!name) continue;
    const key = nameKey(name);
    // A name read off a link's host ("nbcboston.com") is a weaker name than one the page writes,
    // and the page's spelling ("Unica.md") is the one to show.
    const fromHost = finding.claim.url !== undefined && name === hostOf(finding.claim.url);
    const entry = byName.get(key) ?? { name, weights: [] };
    if (!fromHost) entry.name = name;
    entry.weights.push(fromHost ? finding.weight / 2 : finding.weight);
    byName.set(key, entry);
  }
  const named = [...byName.values()].sort((a, b) => combine(b.weights) - combine(a.weights))[0];
  const strongest = (pick: (claim: SourceClaim) => string | undefined) =>
    [...findings].sort((a, b) => b.weight - a.weight).map((finding) => pick(finding.claim)).find(Boolean);
  const url = strongest((claim) => claim.url);
  const publishedAt = strongest((claim) => claim.publishedAt);
  return {
    ...(named ? { name: named.name } : {}),
    ...(url ? { url } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}
