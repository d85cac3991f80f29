import { isOwnName } from '../own-names';
import { accentlessKey, type PageContext } from '../page';
import { clean } from '../text';
import { BYLINE_PARTS } from './triggers';
import type { Finding } from './types';

// A regional title of a group carrying its flagship's story, or a portal running a partner's:
// the byline names the outlet whose site serves the article's pictures.

/** The site the article's picture is served from: the og:image, else the story's first image. */
function imageSite(page: PageContext): { host: string; label: string } | undefined {
  const raw = page.meta('og:image') ?? page.story()?.querySelector('img[src]')?.getAttribute('src');
  const url = page.link(raw);
  // The registrable domain's name without its suffix: "www.elsoldemexico.com.mx" → "elsoldemexico".
  return url && !page.isOwnUrl(url) ? { host: url.hostname.replace(/^www\./, ''), label: page.siteOf(url.hostname).split('.')[0] ?? '' } : undefined;
}

/**
 * A byline naming the outlet whose site serves the article's pictures: "Galo Ramírez | El Sol
 * de México" with the picture on elsoldemexico.com.mx, a partner's "NeoL／ネオエル" with its
 * pictures on neol.jp. The outlet wrote the story and the page carries it.
 */
export function sisterTitleByline(page: PageContext, bylines: readonly string[]): Finding | undefined {
  const { host, label } = imageSite(page) ?? { host: '', label: '' };
  if (label.length < 4) return undefined;
  for (const line of bylines) {
    for (const part of line.split(BYLINE_PARTS)) {
      const name = part.trim();
      const key = accentlessKey(name);
      if (name.length > 60 || !(key === label || (key.startsWith(label) && key.length <= label.length * 3))) continue;
      if (isOwnName(page, name)) continue;
      return { kind: 'byline', evidence: `${clean(line, 100)} · pictures from ${clean(host, 60)}`, weight: 0.7, claim: { name } };
    }
  }
  return undefined;
}
