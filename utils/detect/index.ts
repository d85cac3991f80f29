import { getDomain } from 'tldts';
import { adapters } from './adapters';
import { PageContext, type SiteOf } from './page';
import { chooseSource, combine, DETECTION_THRESHOLD, STRONGEST_AT_LEAST } from './score';
import { creditSignals } from './signals/credits';
import { jsonLdSignals } from './signals/json-ld';
import { linkSignals } from './signals/links';
import { translationSignals } from './signals/translation';
import type { Extractor, Finding } from './signals/types';
import { wireSignals } from './signals/wire';
import type { Detection, Signal } from './types';

export type { Detection, Signal, SignalKind, SourceClaim } from './types';

/** Generic signals, cheapest and most explicit first. */
const EXTRACTORS: readonly Extractor[] = [linkSignals, jsonLdSignals, creditSignals, wireSignals, translationSignals];

const MAX_SIGNALS = 20;

function fromAdapters(document: Document, url: URL): Detection | null {
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
    const signals: Signal[] = [{ kind: 'site-adapter', evidence: `${adapter.id}: ${url.hostname}`, weight: 0.5 }, ...result.signals];
    return {
      source: result.source,
      confidence: combine(signals.map((signal) => signal.weight)),
      signals: signals.slice(0, MAX_SIGNALS),
      adapter: adapter.id,
      ...(result.title ? { title: result.title } : {}),
    };
  }
  return null;
}

function pageTitle(document: Document): string | undefined {
  const title = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.querySelector('h1')?.textContent ?? document.title;
  const text = title?.replace(/\s+/g, ' ').trim().slice(0, 300);
  return text || undefined;
}

/**
 * Detection with a given notion of "same site". `detect` uses the public suffix list; the
 * content script's quick pass uses a cheap approximation and leaves the verdict to `detect`.
 */
export function detectWith(document: Document, url: URL, siteOf: SiteOf): Detection | null {
  const adapted = fromAdapters(document, url);
  if (adapted) return adapted;
  const page = new PageContext(document, url, siteOf);
  const findings: Finding[] = [];
  for (const extract of EXTRACTORS) {
    try {
      findings.push(...extract(page));
    } catch {
      // A hostile page may break one extractor; the others still speak.
    }
  }
  if (findings.length === 0) return null;
  const confidence = combine(findings.map((finding) => finding.weight));
  if (confidence < DETECTION_THRESHOLD || Math.max(...findings.map((finding) => finding.weight)) < STRONGEST_AT_LEAST) return null;
  const source = chooseSource(findings);
  if (!source.name && !source.url) return null;
  const title = pageTitle(document);
  return {
    source,
    confidence,
    signals: findings
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_SIGNALS)
      .map(({ kind, evidence, weight, where }) => ({ kind, evidence, weight, ...(where ? { where } : {}) })),
    ...(title ? { title } : {}),
  };
}

const registrableDomain: SiteOf = (hostname) => getDomain(hostname) ?? hostname;

/**
 * Says whether `document` (served at `url`) republishes another outlet's article, who that
 * outlet is, and why. Pure: no network, no storage, no globals. `null` means "not republished".
 */
export function detect(document: Document, url: URL): Detection | null {
  try {
    return detectWith(document, url, registrableDomain);
  } catch {
    return null;
  }
}
