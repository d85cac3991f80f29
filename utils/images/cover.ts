import { imageAddress } from './page-images';

// Runs in the page: covers the images the reader reported. Each cover is a blur on the image
// and, over it, a label with a "Show" control inside a closed Shadow DOM, so the page's CSS
// cannot restyle it and its scripts cannot read it.

/** An image to cover, by the address the page shows it from. */
export interface CoverOrder {
  src: string;
  label: string;
}
export interface CoverStrings {
  show: string;
}

interface Cover {
  host: HTMLElement;
  /** The image's own inline values of the properties the cover sets, put back when it lifts. */
  previous: Record<string, [value: string, priority: string]>;
}

// The blur, and a clip that keeps the blur's halo inside the image's box.
const IMAGE_STYLE = { filter: 'blur(24px)', 'clip-path': 'inset(0)' };

const covers = new Map<HTMLImageElement, Cover>();
/** Images the reader chose to see again on this page. */
const lifted = new Set<string>();
let orders = new Map<string, CoverOrder>();
let strings: CoverStrings = { show: 'Show' };
let observer: MutationObserver | undefined;
let resizes: ResizeObserver | undefined;
let scheduled = false;

const STYLE = `
:host { all: initial; }
.cover { box-sizing: border-box; inline-size: 100%; block-size: 100%; display: flex; flex-direction: column;
  align-items: center; justify-content: center; gap: 8px; padding: 8px; overflow: hidden;
  background: rgba(20, 20, 24, 0.72); backdrop-filter: blur(24px); -webkit-backdrop-filter: blur(24px);
  color: #fff; font: 13px/1.35 system-ui, sans-serif; text-align: center; border-radius: 4px; }
p { margin: 0; max-inline-size: 36em; }
button { font: inherit; color: #111; background: #fff; border: 0; border-radius: 4px; padding: 4px 12px; cursor: pointer; }
button:focus-visible { outline: 3px solid #7ab7ff; outline-offset: 2px; }
`;

/** Inline and important: a page style sheet cannot move, hide or shrink the cover. */
function setImportant(element: HTMLElement, properties: Record<string, string>): void {
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value, 'important');
}

function place(image: HTMLImageElement, host: HTMLElement): void {
  const rect = image.getBoundingClientRect();
  const hidden = rect.width < 1 || rect.height < 1;
  setImportant(host, {
    display: hidden ? 'none' : 'block',
    top: `${rect.top + window.scrollY}px`,
    left: `${rect.left + window.scrollX}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
  });
}

function uncover(image: HTMLImageElement): void {
  const cover = covers.get(image);
  if (!cover) return;
  cover.host.remove();
  resizes?.unobserve(image);
  for (const [name, [value, priority]] of Object.entries(cover.previous)) image.style.setProperty(name, value, priority);
  covers.delete(image);
}

function cover(image: HTMLImageElement, order: CoverOrder): void {
  const host = document.createElement('div');
  host.setAttribute('data-upstream-cover', '');
  setImportant(host, { position: 'absolute', margin: '0', padding: '0', border: '0', 'z-index': '2147483646', visibility: 'visible', opacity: '1', 'pointer-events': 'auto' });
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'cover';
  box.setAttribute('role', 'group');
  const label = document.createElement('p');
  label.textContent = order.label; // page-independent text, still never parsed as HTML
  const show = document.createElement('button');
  show.type = 'button';
  show.textContent = strings.show;
  show.addEventListener('click', (event) => {
    event.stopPropagation();
    event.preventDefault();
    lifted.add(order.src);
    uncover(image);
  });
  box.append(label, show);
  root.append(style, box);
  const previous = Object.fromEntries(Object.keys(IMAGE_STYLE).map((name) => [name, [image.style.getPropertyValue(name), image.style.getPropertyPriority(name)] as [string, string]]));
  covers.set(image, { host, previous });
  // The picture itself is blurred too, so it stays hidden even where the cover cannot follow it.
  setImportant(image, IMAGE_STYLE);
  (document.body ?? document.documentElement).append(host);
  resizes?.observe(image);
  place(image, host);
}

/** Brings the covers in line with the orders: new images covered, undone reports uncovered. */
function reconcile(): void {
  scheduled = false;
  for (const image of [...covers.keys()]) {
    if (!image.isConnected || !orders.has(imageAddress(image)) || lifted.has(imageAddress(image))) uncover(image);
  }
  for (const image of Array.from(document.querySelectorAll('img'))) {
    const src = imageAddress(image);
    const order = orders.get(src);
    if (!order || lifted.has(src)) continue;
    const existing = covers.get(image);
    if (existing) place(image, existing.host);
    else cover(image, order);
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(reconcile);
}

/** Covers these images from now on (an empty list uncovers all); returns how many are covered. */
export function applyCovers(next: CoverOrder[], text: CoverStrings): number {
  orders = new Map(next.map((order) => [order.src, order]));
  strings = text;
  reconcile();
  if (orders.size > 0 && !observer) {
    // Images arrive late (lazy loading, endless scrolling) and layouts move: follow them. The
    // covers' own style changes are not watched, or placing a cover would schedule another.
    observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'srcset'] });
    resizes = new ResizeObserver(schedule);
    for (const image of covers.keys()) resizes.observe(image);
    addEventListener('resize', schedule, { passive: true });
    addEventListener('scroll', schedule, { passive: true, capture: true });
  }
  return covers.size;
}
