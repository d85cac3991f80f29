import { toHttpUrl } from './url';

// Query parameters that redirectors put the destination in: /url?q=, l.php?u=, out?url=, …
const TARGET_PARAMS = ['url', 'u', 'q', 'target', 'dest', 'destination', 'link', 'to', 'redirect', 'redirect_url', 'out'];
const REDIRECTOR_PATH = /(?:^|\/)(?:url|l\.php|out|redirect|redir|go|goto|exit|away|click|link|r)(?:\.php|\.aspx?)?\/?$/i;
const ARCHIVED = /^\/web\/\d{1,14}[a-z_]{0,4}\/(.+)$/;

/**
 * The link a wrapper points to: an archived copy's address (web.archive.org/web/…/URL), or a
 * redirector's destination (`/url?q=`, `l.php?u=`, `out?url=`). Up to three wrappers deep;
 * anything that is not http(s) inside is left wrapped.
 */
export function unwrapLink(url: URL): URL {
  let current = url;
  for (let depth = 0; depth < 3; depth++) {
    const next = innerLink(current);
    if (!next) break;
    current = next;
  }
  return current;
}

function innerLink(url: URL): URL | null {
  if (url.hostname === 'web.archive.org') {
    const archived = ARCHIVED.exec(url.pathname + url.search);
    return archived?.[1] ? toHttpUrl(archived[1].replace(/^(https?):\/(?!\/)/, '$1://')) : null;
  }
  if (!REDIRECTOR_PATH.test(url.pathname)) return null;
  for (const name of TARGET_PARAMS) {
    const inner = toHttpUrl(url.searchParams.get(name));
    if (inner && inner.hostname !== url.hostname) return inner;
  }
  return null;
}
