import { toHttpUrl } from '../../resolve/url';
import type { AdapterResult, SiteAdapter, Signal } from '../types';

/**
 * Google News article links (`/articles/<token>`, `/rss/articles/<token>`, `/read/<token>`)
 * only redirect to the outlet. Old tokens ("CBMi…") are base64url protobufs that hold the
 * original URL: 0x08 0x13, then field 4 (0x22) with a varint length and the URL, often
 * followed by 0xd2 0x01 and an AMP URL (SSujitX/google-news-url-decoder,
 * decode_google_news_url.py). Since mid-2024 the field holds an opaque "AU_yqL…" id that only
 * Google's own page resolves; we never guess a URL for those.
 */
const ARTICLE_PATH = /^\/(?:rss\/articles|articles|read)\/([A-Za-z0-9_-]{8,4096})\/?$/;
const MAX_TOKEN = 4096;

/** Base64url text to a binary string (one char per byte), or null when it is not base64url. */
function base64UrlToBinary(token: string): string | null {
  if (token.length > MAX_TOKEN || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const base64 = token.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  try {
    return atob(padded);
  } catch {
    return null;
  }
}

// Printable ASCII: anything else (0xd2 before the AMP URL, control bytes) ends the URL.
function isUrlByte(code: number): boolean {
  return code > 0x20 && code < 0x7f && code !== 0x22 && code !== 0x3c && code !== 0x3e;
}

/** Reads the protobuf varint at `at` (at most 3 bytes: tokens are short); null if malformed. */
function readVarint(bytes: string, at: number): { value: number; next: number } | null {
  let value = 0;
  for (let i = 0; i < 3 && at + i < bytes.length; i++) {
    const byte = bytes.charCodeAt(at + i);
    value |= (byte & 0x7f) << (7 * i);
    if ((byte & 0x80) === 0) return { value, next: at + i + 1 };
  }
  return null;
}

/** The original article URL held in an old Google News token, or null (new opaque tokens, garbage). */
export function decodeGoogleNewsToken(token: string): string | null {
  const bytes = base64UrlToBinary(token);
  if (!bytes) return null;
  let start = -1;
  let end = bytes.length;
  // The usual frame: 0x08 <n> 0x22 <varint length> <url>.
  if (bytes.charCodeAt(0) === 0x08 && bytes.charCodeAt(2) === 0x22) {
    const length = readVarint(bytes, 3);
    if (length && bytes.startsWith('http', length.next)) {
      start = length.next;
      end = Math.min(bytes.length, length.next + length.value);
    }
  }
  // Other framings: the first "http" in the first bytes, read up to a non-URL byte.
  if (start < 0) {
    start = bytes.indexOf('http');
    if (start < 0 || start > 16) return null;
  }
  let stop = start;
  while (stop < end && isUrlByte(bytes.charCodeAt(stop))) stop++;
  const candidate = bytes.slice(start, stop);
  if (!/^https?:\/\//i.test(candidate)) return null;
  return toHttpUrl(candidate)?.href ?? null;
}

/**
 * Where a Google News article link leads, read from its token alone: the original's URL, or
 * null when the token is opaque (only a navigation tells) or the link is not an article link.
 */
export function googleNewsLinkTarget(url: URL): string | null {
  if (!googleNews.matches(url)) return null;
  const token = ARTICLE_PATH.exec(url.pathname)?.[1];
  return token ? decodeGoogleNewsToken(token) : null;
}

function extract(_document: Document, url: URL): AdapterResult | null {
  // The page is a redirect shell (c-wiz with data-n-a-* attributes): the URL is the evidence.
  const token = ARTICLE_PATH.exec(url.pathname)?.[1];
  if (!token) return null;
  const original = decodeGoogleNewsToken(token);
  const shown = token.length > 24 ? `${token.slice(0, 24)}…` : token;
  const signals: Signal[] = original
    ? [{ kind: 'source-link', evidence: `Google News token ${shown} names ${original}`, weight: 0.5, where: 'url' }]
    : [{ kind: 'site-adapter', evidence: `Google News token ${shown} holds no URL: the original needs navigation`, weight: 0.3, where: 'url' }];
  return { source: original ? { url: original } : {}, signals };
}

export const googleNews: SiteAdapter = {
  id: 'google-news',
  matches: (url) => url.hostname.toLowerCase() === 'news.google.com' && ARTICLE_PATH.test(url.pathname),
  exampleUrls: [
    'https://news.google.com/rss/articles/CBMiLmh0dHBzOi8vd3d3LmJiYy5jb20vbmV3cy9hcnRpY2xlcy9jampqbnhkdjE4OG_SATJodHRwczovL3d3dy5iYmMuY29tL25ld3MvYXJ0aWNsZXMvY2pqam54ZHYxODhvLmFtcA?oc=5',
    'https://news.google.com/articles/CBMiLmh0dHBzOi8vd3d3LmJiYy5jb20vbmV3cy9hcnRpY2xlcy9jampqbnhkdjE4OG_SATJodHRwczovL3d3dy5iYmMuY29tL25ld3MvYXJ0aWNsZXMvY2pqam54ZHYxODhvLmFtcA?hl=en-US&gl=US&ceid=US%3Aen',
    'https://news.google.com/read/CBMiXkFVX3lxTFBReTJhSkRlckZEdU5yRy1UUUQ2VnBTb01FRnlJMzZYMTJXOEx6cG41VjhLN3NYX3cyUXV6Wk1td2pTeHBUS1JqdEZieEtFdGRJT0JvclVKUTNKcXo5MVE?hl=en-US&gl=US&ceid=US%3Aen',
  ],
  extract,
};
