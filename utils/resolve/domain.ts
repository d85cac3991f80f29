import { getDomain } from 'tldts';
import { toHttpUrl } from './url';

// tldts carries the public suffix list (about 50 kB gzipped): never import this from the
// content script.

/** The registrable domain of a host ("www.maghress.com" → "maghress.com"). Private suffixes count: two blogs on wordpress.com or blogspot.com are two outlets. */
export function registrableDomain(hostname: string): string {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname;
}

/** The site of a page, which "Disable on this site" names; null for anything but http(s). */
export function siteOf(pageUrl: string | undefined): string | null {
  const url = toHttpUrl(pageUrl);
  return url ? registrableDomain(url.hostname) : null;
}
