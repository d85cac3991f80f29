import { toHttpUrl } from '../resolve/url';

/** The reverse image search engines Upstream links to; which show is a setting. */
export const SEARCH_ENGINES = ['google-lens', 'bing', 'yandex', 'tineye', 'fact-check-explorer'] as const;
export type SearchEngine = (typeof SEARCH_ENGINES)[number];

/** Each engine's name and its search-by-address link: a link the reader clicks, never a request. */
const ENGINES: Record<SearchEngine, { name: string; link: (image: string) => string }> = {
  'google-lens': { name: 'Google Lens', link: (image) => `https://lens.google.com/uploadbyurl?url=${image}` },
  bing: { name: 'Bing', link: (image) => `https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:${image}` },
  yandex: { name: 'Yandex', link: (image) => `https://yandex.com/images/search?rpt=imageview&url=${image}` },
  tineye: { name: 'TinEye', link: (image) => `https://tineye.com/search?url=${image}` },
  'fact-check-explorer': {
    name: 'Fact Check Explorer',
    link: (image) => `https://toolbox.google.com/factcheck/explorer/search/image_url:${image}`,
  },
};

export function engineName(engine: SearchEngine): string {
  return ENGINES[engine].name;
}

/**
 * Links that search the engines for an image by its address. An image without an http(s)
 * address (a `data:` or `blob:` picture) cannot be searched this way: none then.
 */
export function searchLinks(imageUrl: string, engines: readonly SearchEngine[] = SEARCH_ENGINES): { engine: SearchEngine; name: string; href: string }[] {
  const image = toHttpUrl(imageUrl);
  if (!image) return [];
  const encoded = encodeURIComponent(image.href);
  return engines.map((engine) => ({ engine, name: ENGINES[engine].name, href: ENGINES[engine].link(encoded) }));
}
