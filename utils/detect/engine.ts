import { adapters } from './adapters';
import { bylines } from './bylines';
import { findDate } from './dates';
import { PageContext, type SiteOf } from './page';
import { chooseSource, combine, DETECTION_THRESHOLD, STRONGEST_AT_LEAST } from './score';
import { creditSignals } from './signals/credits';
import { jsonLdSignals } from './signals/json-ld';
import { linkSignals } from './signals/links';
import { translationSignals } from './signals/translation';
import type { Extractor, Finding } from './signals/types';
import { wireSignals } from './signals/wire';
import type { Detection, Signal } from './types';

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

/** A provider line's date: "Unica.md, 20 septembrie 2020 16:20", "TBS NEWS DIG · 2023/11/02". */
function dateBesideName(page: PageContext, name: string): string | undefined {
  const { head } = page.storyText();
  for (const text of [...bylines(page), head]) {
    const at = text.toLowerCase().indexOf(name.toLowerCase());
    if (at < 0) continue;
    const after = text.slice(at + name.length, at + name.length + 40);
    // Only a date that follows the name closely belongs to it.
    const date = /^\W{0,4}\d/.test(after) ? findDate(after) : undefined;
    if (date) return date;
  }
  return undefined;
}

function pageTitle(page: PageContext): string | undefined {
  // og:title from the metadata already read, rather than one more search of the page.
  const title = page.meta('og:title') ?? page.document.querySelector('h1')?.textContent ?? page.document.title;
  const text = title?.replace(/\s+/g, ' ').trim().slice(0, 300);
  return text || undefined;
}

/** Detection with a given notion of "same site"; `detect()` gives it the public suffix list. */
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
  if (source.name && !source.publishedAt) {
    const publishedAt = dateBesideName(page, source.name);
    if (publishedAt) source.publishedAt = publishedAt;
  }
  const title = pageTitle(page);
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

