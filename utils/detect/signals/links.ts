import { dateInUrl } from '../dates';
import { isOwnName } from '../own-names';
import type { PageContext } from '../page';
import { KNOWN_SOURCES, type KnownSource } from '../sources';
import { clean } from '../text';
import { READ_ORIGINAL } from './triggers';
import type { Finding } from './types';


/** The outlet a URL belongs to: a known source's name, else its host without "www.". */
export function nameForUrl(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  const on = (site: string) => host === site || host.endsWith(`.${site}`);
  return KNOWN_SOURCES.find((source: KnownSource) => on(source.site) || source.otherSites?.some(on))?.name ?? host;
}

function claimFor(url: URL) {
  const publishedAt = dateInUrl(url);
  return { url: url.href, name: nameForUrl(url), ...(publishedAt ? { publishedAt } : {}) };
}

/** Cross-site canonical, og:url, syndication-source / original-source, dc.source, "read original" links. */
export function linkSignals(page: PageContext): Finding[] {
  const findings: Finding[] = [];
  // An address given as a bare IP (a mirror, a CDN origin) names no outlet.
  const external = (raw: string | null | undefined) => {
    const url = page.link(raw);
    return url && !page.isOwnUrl(url) && !/^[\d.]+$|:/.test(url.hostname) ? url : null;
  };

  for (const rel of ['syndication-source', 'original-source']) {
    const raw = page.linkHref(rel) ?? page.meta(rel);
    const url = external(raw);
    if (url) findings.push({ kind: 'meta', evidence: `${rel}: ${clean(url.href, 200)}`, weight: 0.9, where: `link[rel=${rel}]`, claim: claimFor(url) });
  }

  const canonical = external(page.linkHref('canonical'));
  if (canonical) findings.push({ kind: 'canonical', evidence: clean(canonical.href, 200), weight: 0.6, where: 'link[rel=canonical]', claim: claimFor(canonical) });
  const ogUrl = external(page.meta('og:url'));
  if (ogUrl && ogUrl.href !== canonical?.href) {
    findings.push({ kind: 'canonical', evidence: `og:url ${clean(ogUrl.href, 200)}`, weight: 0.4, where: 'meta[property=og:url]', claim: claimFor(ogUrl) });
  }

  for (const key of ['dc.source', 'dcterms.source', 'source', 'article:source', 'original-source']) {
    const value = page.meta(key)?.trim();
    if (!value || value.length > 300) continue;
    const url = page.link(value);
    // Dublin Core's source is a declaration; a bare "source" meta is used for many things
    // ("Case Study"): alone it is not enough.
    const weight = key === 'source' ? 0.5 : 0.7;
    if (/^https?:/i.test(value)) {
      if (url && !page.isOwnUrl(url)) findings.push({ kind: 'meta', evidence: `${key}: ${clean(value, 200)}`, weight: weight + 0.1, where: `meta[name=${key}]`, claim: claimFor(url) });
    } else if (!isOwnName(page, value)) {
      findings.push({ kind: 'meta', evidence: `${key}: ${clean(value, 120)}`, weight, where: `meta[name=${key}]`, claim: { name: clean(value, 80) } });
    }
    break;
  }

  // "Read the original" sits by the story; scanning every link of a portal page costs too much.
  const scope = page.story()?.parentElement?.parentElement ?? page.document.body;
  const anchors = scope?.querySelectorAll('a[href]') ?? [];
  for (let i = 0; i < anchors.length && i < 500; i++) {
    const anchor = anchors[i];
    const text = anchor?.textContent;
    if (!text || text.length > 120 || !READ_ORIGINAL.test(text.trim())) continue;
    const url = external(anchor?.getAttribute('href'));
    if (!url) continue;
    findings.push({ kind: 'source-link', evidence: `${clean(text, 60)} → ${clean(url.href, 200)}`, weight: 0.7, where: 'a[href]', claim: claimFor(url) });
    break;
  }
  return findings;
}
