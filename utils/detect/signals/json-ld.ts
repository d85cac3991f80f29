import { bylines } from '../bylines';
import { isOwnName } from '../own-names';
import { nameKey, type PageContext } from '../page';
import { knownSource } from '../sources';
import { clean } from '../text';
import { nameForUrl } from './links';
import { cleanName } from './names';
import type { Finding } from './types';

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|Posting|WebPage/;

function types(node: Node): string {
  const type = node['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** A referenced node by `@id` (JSON-LD graphs point at each other), else the value itself. */
function resolve(value: unknown, byId: Map<string, Node>): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as Node)['@id'];
    if (typeof id === 'string' && byId.has(id) && Object.keys(value).length === 1) return byId.get(id);
  }
  return value;
}

const ORGANIZATION_TYPE = /Organization|Corporation|NewsMedia/;

/** Whether two organisations' names are one outlet's ("BBC News" and "BBC", "Le Monde" and "Groupe Le Monde"). */
function sameOrganisation(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  return x === y || (x.length >= 3 && y.includes(x)) || (y.length >= 3 && x.includes(y));
}

/**
 * An organisation other than the publisher named as the article's author: a partner's story
 * on a portal ("author": {"@type": "Organization", "name": "北京新浪網"} with the publisher
 * "新浪台灣"). Weak alone, as sites also name a parent company or a desk so; stronger when the
 * page's byline shows the name.
 */
function authorOrganisation(page: PageContext, node: Node, byId: Map<string, Node>): Finding | undefined {
  const publisher = nameOf(resolve(asList(node.publisher)[0], byId));
  if (!publisher) return undefined;
  for (const value of asList(node.author)) {
    const author = resolve(value, byId);
    if (!author || typeof author !== 'object' || !ORGANIZATION_TYPE.test(types(author as Node))) continue;
    const raw = nameOf(author);
    const name = raw ? cleanName(raw) : undefined;
    if (!name || knownSource(name)?.kind === 'agency' || isOwnName(page, name) || sameOrganisation(name, publisher)) continue;
    const shown = bylines(page).some((line) => line.includes(name));
    return {
      kind: 'json-ld',
      evidence: `author: ${clean(name, 100)} · publisher: ${clean(publisher, 60)}${shown ? ' · in the byline' : ''}`,
      weight: shown ? 0.7 : 0.5,
      where: 'script[type="application/ld+json"]',
      claim: { name },
    };
  }
  return undefined;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, 10) : value === undefined || value === null ? [] : [value];
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length < 200 && !/^https?:/i.test(value) ? value : undefined;
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as Node).name);
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const node = value as Node;
    for (const key of ['url', '@id', 'mainEntityOfPage']) if (typeof node[key] === 'string') return node[key];
  }
  return undefined;
}

// Kept out of PageContext, which the content script ships: only the full detection reads JSON-LD.
const nodesByPage = new WeakMap<PageContext, Node[]>();

/** The page's JSON-LD objects, `@graph` flattened; broken blocks are skipped. */
export function jsonLdNodes(page: PageContext): Node[] {
  let nodes = nodesByPage.get(page);
  if (!nodes) nodesByPage.set(page, (nodes = parseJsonLd(page.document)));
  return nodes;
}

function parseJsonLd(document: Document): Node[] {
  const nodes: Node[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > 300_000) continue;
    try {
      collectNodes(JSON.parse(text) as unknown, nodes, 0);
    } catch {
      // Broken JSON-LD is common; it says nothing.
    }
  }
  return nodes;
}

function collectNodes(value: unknown, into: Node[], depth: number): void {
  if (depth > 4 || into.length > 100 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) collectNodes(item, into, depth + 1);
    return;
  }
  const node = value as Node;
  into.push(node);
  if (Array.isArray(node['@graph'])) collectNodes(node['@graph'], into, depth + 1);
}

/** isBasedOn, sourceOrganization / provider naming another outlet, agency authors. */
export function jsonLdSignals(page: PageContext): Finding[] {
  const nodes = jsonLdNodes(page);
  if (nodes.length === 0) return [];
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const findings: Finding[] = [];

  for (const node of nodes) {
    if (!ARTICLE_TYPE.test(types(node))) continue;
    const organisation = authorOrganisation(page, node, byId);
    if (organisation && !findings.some((finding) => finding.evidence === organisation.evidence)) findings.push(organisation);
    for (const key of ['isBasedOn', 'isBasedOnUrl']) {
      for (const value of asList(node[key])) {
        const url = page.link(urlOf(resolve(value, byId)));
        if (url && !page.isOwnUrl(url)) {
          findings.push({ kind: 'json-ld', evidence: `${key}: ${clean(url.href, 200)}`, weight: 0.85, where: 'script[type="application/ld+json"]', claim: { url: url.href, name: nameOf(resolve(value, byId)) ?? nameForUrl(url) } });
        }
      }
    }
    for (const key of ['sourceOrganization', 'provider']) {
      for (const value of asList(node[key])) {
        const name = nameOf(resolve(value, byId));
        if (name && !isOwnName(page, name)) {
          // Sites often name their own parent company here: alone it is not enough.
          findings.push({ kind: 'json-ld', evidence: `${key}: ${clean(name, 100)}`, weight: 0.5, where: 'script[type="application/ld+json"]', claim: { name: knownSource(name)?.name ?? clean(name, 80) } });
        }
      }
    }
    for (const value of asList(node.author)) {
      const name = nameOf(resolve(value, byId));
      const agency = name ? knownSource(name) : undefined;
      // An agency's own site names the agency as author ("author": "Ukrinform" on ukrinform.ru).
      if (name && agency?.kind === 'agency' && !isOwnName(page, name)) {
        findings.push({ kind: 'byline', evidence: `author: ${clean(name, 100)}`, weight: 0.75, where: 'script[type="application/ld+json"]', claim: { name: agency.name } });
      }
    }
  }
  return findings;
}
