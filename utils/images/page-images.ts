// Runs in the page (the `page-images` script): lists its images without reading their pixels
// (a page canvas is tainted by other sites' images; the background fetches and hashes them).

/** One image of a page as the popup lists it, in page order. */
export interface PageImage {
  /** The address the page shows it from: http(s), or a `data:` image. */
  src: string;
  alt: string;
  caption: string;
  /** The picture's own size in pixels, or the size it is shown at when it is not loaded yet. */
  width: number;
  height: number;
  /** Inside the page's header, navigation, sidebar or footer, or a block of other stories, rather than its content. */
  chrome: boolean;
}

export const PAGE_IMAGE_LIMITS = { images: 60, text: 300, minSide: 48 };

// Lazy-loading scripts keep the real address in one of these until the image scrolls into view.
const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'data-lazy'];
const CHROME = 'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"], [role="complementary"]';

/** Blocks of other stories inside the content: "related", teasers, "most read", recommendation widgets (not Elementor's, which wraps everything). */
const OTHER_STORIES = /(?:^|[\s_-])(?:related|teaser|recommend\w*|trending|popular|most-?read|more-?stories|outbrain|taboola|(?<!elementor-)widget)(?:$|[\s_-])/i;

/** Whether `image` sits in a block of other stories, up to the body. */
function inOtherStories(image: Element): boolean {
  for (let node = image.parentElement; node && node.localName !== 'body'; node = node.parentElement) {
    const className = node.getAttribute('class');
    if (className && className.length < 300 && OTHER_STORIES.test(className)) return true;
  }
  return false;
}

const clip = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, PAGE_IMAGE_LIMITS.text);

/** A placeholder (a tiny inline GIF, an empty source) rather than the picture itself. */
function isPlaceholder(src: string): boolean {
  return src === '' || src === 'about:blank' || (src.startsWith('data:') && src.length < 400);
}

/** The address an image element shows, resolved against the page; the cover uses the same key. */
export function imageAddress(image: HTMLImageElement): string {
  const shown = image.currentSrc || image.src;
  if (!isPlaceholder(shown)) return shown;
  for (const name of LAZY_ATTRIBUTES) {
    const value = image.getAttribute(name)?.trim().split(/[\s,]/)[0];
    if (!value) continue;
    try {
      return new URL(value, image.ownerDocument.baseURI).href;
    } catch {
      // not an address: try the next attribute
    }
  }
  return shown;
}

const usable = (src: string) => /^https?:/i.test(src) || /^data:image\//i.test(src);

function captionOf(image: HTMLImageElement): string {
  const figure = image.closest('figure');
  return clip(figure?.querySelector('figcaption')?.textContent ?? image.title);
}

/** The page's images worth listing (no icons, pixels or placeholders), each address once. */
export function scanImages(document: Document): PageImage[] {
  const images: PageImage[] = [];
  const seen = new Set<string>();
  for (const image of Array.from(document.querySelectorAll('img'))) {
    if (images.length >= PAGE_IMAGE_LIMITS.images) break;
    const src = imageAddress(image);
    if (!usable(src) || isPlaceholder(src) || seen.has(src)) continue;
    // A picture not (or not yet) loaded has no size of its own: its markup's, else its box's
    // (a broken image's box is only its alt text, far smaller than the picture). A lazy image
    // still showing its placeholder has the placeholder's size (1×1), not the picture's.
    const loaded = image.naturalWidth > 0 && src === (image.currentSrc || image.src);
    const width = loaded ? image.naturalWidth : Number(image.getAttribute('width')) || image.width || 0;
    const height = loaded ? image.naturalHeight : Number(image.getAttribute('height')) || image.height || 0;
    const known = width > 0 && height > 0;
    if (known && (width < PAGE_IMAGE_LIMITS.minSide || height < PAGE_IMAGE_LIMITS.minSide)) continue;
    seen.add(src);
    images.push({ src, alt: clip(image.alt), caption: captionOf(image), width, height, chrome: image.closest(CHROME) !== null || inOtherStories(image) });
  }
  return images;
}
