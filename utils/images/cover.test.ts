import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCovers } from './cover';

const PHOTO = 'https://images2.maghress.com/aldar/6010203/photo';
const OTHER = 'https://images2.maghress.com/aldar/6010203/other';
const order = { src: PHOTO, label: 'You reported this image: Out of context or old' };
const strings = { show: 'Show' };

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('[data-upstream-cover]'));
const images = () => Array.from(document.querySelectorAll('img'));

/** The Maghress article's photo, as the seed page shows it. */
function page(): void {
  document.body.innerHTML = `
    <header><a href="/fr"><img src="https://maghress.com/resources/maghress-logo-fr.png" alt="Maghress"></a></header>
    <div class="article">
      <img class="articleimage" src="${PHOTO}" alt="">
      <span class="articletitle">Laftit s'entretient avec son homologue allemande</span>
      <figure><img src="${PHOTO}" alt="the same photo again"><figcaption>Rabat</figcaption></figure>
      <img src="${OTHER}" alt="">
    </div>`;
}

/** Gives images a box, as a laid-out page would (happy-dom does no layout). */
function layOut(image: HTMLImageElement, box = new DOMRect(20, 140, 640, 360)): void {
  vi.spyOn(image, 'getBoundingClientRect').mockReturnValue(box);
}

describe('applyCovers', () => {
  beforeEach(page);

  afterEach(() => {
    applyCovers([], strings);
    vi.restoreAllMocks();
    document.body.innerHTML = '';
    document.head.innerHTML = '';
  });

  it('covers every image shown from a reported address, and only those', () => {
    expect(applyCovers([order], strings)).toBe(2);
    expect(hosts()).toHaveLength(2);
    const [logo, photo, again, other] = images();
    for (const image of [photo, again]) {
      expect(image?.style.getPropertyValue('filter')).toBe('blur(24px)');
      expect(image?.style.getPropertyPriority('filter')).toBe('important');
    }
    for (const image of [logo, other]) expect(image?.style.getPropertyValue('filter')).toBe('');
  });

  it('does not cover an image twice when the orders come again', () => {
    applyCovers([order], strings);
    expect(applyCovers([order], strings)).toBe(2);
    expect(hosts()).toHaveLength(2);
  });

  it('keeps the cover’s contents in a closed shadow root', () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    applyCovers([order], strings);
    const [host] = hosts();
    // The page's scripts cannot reach the label or the button.
    expect(host?.shadowRoot).toBeNull();
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    const root = attach.mock.results[0]?.value as ShadowRoot | undefined;
    expect(root?.querySelector('p')?.textContent).toBe(order.label);
    expect(root?.querySelector('button')?.textContent).toBe('Show');
  });

  it('never parses the label as HTML', () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    applyCovers([{ src: PHOTO, label: '<img src=x onerror=alert(1)>' }], strings);
    const root = attach.mock.results[0]?.value as ShadowRoot | undefined;
    expect(root?.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root?.querySelector('p img')).toBeNull();
  });

  it('uncovers on an empty order list and puts back the image’s own inline filter', () => {
    const [, photo, again] = images();
    photo?.style.setProperty('filter', 'grayscale(1)');
    applyCovers([order], strings);
    expect(photo?.style.getPropertyValue('filter')).toBe('blur(24px)');
    expect(applyCovers([], strings)).toBe(0);
    expect(hosts()).toHaveLength(0);
    expect(photo?.style.getPropertyValue('filter')).toBe('grayscale(1)');
    expect(photo?.style.getPropertyPriority('filter')).toBe('');
    expect(again?.style.getPropertyValue('filter')).toBe('');
    expect(again?.style.getPropertyValue('clip-path')).toBe('');
  });

  it('uncovers an image whose report was undone, keeping the others', () => {
    const otherOrder = { src: OTHER, label: 'You reported this image: Manipulated' };
    expect(applyCovers([order, otherOrder], strings)).toBe(3);
    expect(applyCovers([otherOrder], strings)).toBe(1);
    const [, photo, , other] = images();
    expect(photo?.style.getPropertyValue('filter')).toBe('');
    expect(other?.style.getPropertyValue('filter')).toBe('blur(24px)');
  });

  it('covers a reported image the page adds later', async () => {
    applyCovers([order], strings);
    expect(hosts()).toHaveLength(2);
    const late = document.createElement('img');
    late.src = PHOTO;
    document.querySelector('.article')?.append(late);
    await vi.waitFor(() => expect(hosts()).toHaveLength(3));
    expect(late.style.getPropertyValue('filter')).toBe('blur(24px)');
  });

  it('covers a lazy image once its script swaps in the reported address', async () => {
    const lazy = document.createElement('img');
    lazy.src = 'https://maghress.com/resources/placeholder.png';
    document.body.append(lazy);
    applyCovers([order], strings);
    expect(lazy.style.getPropertyValue('filter')).toBe('');
    lazy.src = PHOTO;
    await vi.waitFor(() => expect(lazy.style.getPropertyValue('filter')).toBe('blur(24px)'));
  });

  it('removes the cover of an image the page takes away', async () => {
    applyCovers([order], strings);
    document.querySelector('figure')?.remove();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
  });

  it('places the cover over the image, inline and important, whatever the page’s style sheet says', () => {
    const style = document.createElement('style');
    style.textContent = '[data-upstream-cover] { display: none !important; position: static !important; width: 0 !important; }';
    document.head.append(style);
    const [, photo, again] = images();
    if (photo) layOut(photo);
    // The second copy has no box (collapsed): its cover stays out of the way.
    if (again) layOut(again, new DOMRect(0, 0, 0, 0));
    applyCovers([order], strings);
    const [host, hidden] = hosts();
    expect(host?.style.getPropertyValue('display')).toBe('block');
    expect(host?.style.getPropertyPriority('display')).toBe('important');
    expect(host?.style.getPropertyValue('position')).toBe('absolute');
    expect(host?.style.getPropertyPriority('position')).toBe('important');
    expect(host?.style.getPropertyValue('width')).toBe('640px');
    expect(host?.style.getPropertyValue('height')).toBe('360px');
    expect(host?.style.getPropertyValue('top')).toBe('140px');
    expect(host?.style.getPropertyValue('left')).toBe('20px');
    expect(host && getComputedStyle(host).display).toBe('block');
    expect(hidden?.style.getPropertyValue('display')).toBe('none');
  });

  it('lifts one cover when the reader clicks Show, and does not cover that image again', async () => {
    const shown = 'https://images2.maghress.com/aldar/6010203/shown-again';
    const control = 'https://images2.maghress.com/aldar/6010203/still-reported';
    const orders = [
      { src: shown, label: 'Reported' },
      { src: control, label: 'Reported' },
    ];
    const first = document.createElement('img');
    first.src = shown;
    document.body.append(first);
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    expect(applyCovers(orders, strings)).toBe(1);
    const root = attach.mock.results[0]?.value as ShadowRoot | undefined;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    root?.querySelector('button')?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(hosts()).toHaveLength(0);
    expect(first.style.getPropertyValue('filter')).toBe('');
    // Applying the same orders again, or the page adding another copy, leaves it shown.
    expect(applyCovers(orders, strings)).toBe(0);
    const copy = document.createElement('img');
    copy.src = shown;
    const stillReported = document.createElement('img');
    stillReported.src = control;
    document.body.append(copy, stillReported);
    // The other reported image is covered: the page was looked at again after the additions.
    await vi.waitFor(() => expect(stillReported.style.getPropertyValue('filter')).toBe('blur(24px)'));
    expect(hosts()).toHaveLength(1);
    expect(copy.style.getPropertyValue('filter')).toBe('');
  });
});
