import { nameKey, type PageContext } from './page';
import { isSiteOf, knownSource } from './sources';

// Kept out of PageContext: only the full detection compares names, and the content script,
// which ships PageContext for its quick pass, stays small.

/** "The New York Times" → "nytimes": initials and the last word, as domains abbreviate names. */
function abbreviated(name: string): string {
  const words = name.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length < 2) return '';
  return words.slice(0, -1).map((word) => word[0]).join('') + words[words.length - 1];
}

const ownNamesOf = new WeakMap<PageContext, string[]>();

/** Names the page uses for itself: its site name, publisher, domain. */
function ownNames(page: PageContext): string[] {
  let keys = ownNamesOf.get(page);
  if (!keys) {
    // Not the JSON-LD publisher: syndicated copies often keep the original's there.
    const names = [nameKey(page.site.split('.')[0] ?? page.site), page.meta('og:site_name'), page.meta('application-name'), page.meta('twitter:site')?.replace(/^@/, '')];
    keys = names.filter((name): name is string => !!name).map(nameKey).filter((key) => key.length >= 3);
    ownNamesOf.set(page, keys);
  }
  return keys;
}

/** Whether `name` is the page's own outlet ("SOURCE: Al Jazeera News" on aljazeera.com). */
export function isOwnName(page: PageContext, name: string): boolean {
  const key = nameKey(name);
  if (key.length < 2) return true;
  const known = knownSource(name);
  if (known && isSiteOf(known, page.site)) return true;
  const short = abbreviated(name);
  return ownNames(page).some((own) => key === own || short === own || (own.length >= 4 && key.includes(own)) || (key.length >= 4 && own.includes(key)));
}
