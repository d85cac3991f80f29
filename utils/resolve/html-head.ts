/**
 * Reads a few facts out of raw HTML without a DOM: a Chrome MV3 service worker has no
 * DOMParser. Only the head matters here, so only the first bytes are scanned.
 */

const HEAD_SCAN_LIMIT = 64 * 1024;
const TAG = /<(meta|link|title)\b([^>]{0,2000})>/gi;
const ATTRIBUTE = /([^\s=/"'<>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name && !result.has(name)) result.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return result;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d{1,7});/g, (_, code: string) => safeCodePoint(Number(code)))
    .replace(/&#x([\da-f]{1,6});/gi, (_, code: string) => safeCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

export interface HeadFacts {
  refresh?: string;
  canonical?: string;
  title?: string;
  charset?: string;
}

/** The meta refresh (or script redirect) target, canonical link, title and declared charset of an HTML document. */
export function readHead(html: string): HeadFacts {
  const head = html.slice(0, HEAD_SCAN_LIMIT);
  const facts: HeadFacts = {};
  for (const match of head.matchAll(TAG)) {
    const tag = match[1]?.toLowerCase();
    const attrs = attributes(match[2] ?? '');
    if (tag === 'meta') {
      const equiv = attrs.get('http-equiv')?.toLowerCase();
      if (equiv === 'refresh' && facts.refresh === undefined) {
        // content="0; url=https://…" (quotes around the URL are common and allowed)
        const target = /^\s*\d*(?:\.\d+)?\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"]+)/i.exec(attrs.get('content') ?? '');
        if (target?.[1]) facts.refresh = target[1].trim();
      }
      const charset = attrs.get('charset') ?? (equiv === 'content-type' ? charsetOf(attrs.get('content')) : undefined);
      if (charset && !facts.charset) facts.charset = charset.trim().toLowerCase();
    } else if (tag === 'link') {
      const rel = attrs.get('rel')?.toLowerCase().split(/\s+/) ?? [];
      if (rel.includes('canonical') && !facts.canonical) facts.canonical = attrs.get('href')?.trim();
    } else if (tag === 'title' && facts.title === undefined && match.index !== undefined) {
      const end = head.indexOf('</title>', match.index);
      const start = match.index + match[0].length;
      if (end > start) facts.title = decodeEntities(head.slice(start, Math.min(end, start + 1000))).replace(/\s+/g, ' ').trim();
    }
  }
  if (facts.refresh === undefined && html.length < SCRIPT_REDIRECT_PAGE) {
    const target = SCRIPT_REDIRECT.exec(html)?.[1];
    if (target) facts.refresh = decodeEntities(target);
  }
  return facts;
}

// A redirect page is small and does little else: `location.replace("…")`, `window.location = '…'`.
const SCRIPT_REDIRECT_PAGE = 20_000;
const SCRIPT_REDIRECT = /\b(?:window\.|document\.|top\.)?location(?:\.href)?\s*(?:=|\.replace\(|\.assign\()\s*["']([^"'\s<>]{1,2000})["']/;

/** The charset named in a Content-Type value, e.g. `text/html; charset=windows-1256`. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}
