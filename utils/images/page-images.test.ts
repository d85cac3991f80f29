import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, parsePage } from '../../tests/fixtures/load';
import { PAGE_IMAGE_LIMITS, imageAddress, scanImages } from './page-images';

const PAGE_URL = 'https://maghress.com/fr/aldar/6010203';
/** What lazy-loading scripts put in `src` until the picture scrolls into view: a 1×1 GIF. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** A news article as the Maghress seed page lays it out, its photo in a figure with a caption. */
function article(body: string): Document {
  return parsePage(`<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Laftit</title></head><body>${body}</body></html>`, PAGE_URL);
}

const srcs = (document: Document) => scanImages(document).map((image) => image.src);

describe('scanImages', () => {
  it('lists the Maghress seed page’s photo, its logo flagged as page chrome', () => {
    const html = readFileSync(join(FIXTURES_DIR, 'ress-family', 'fr-aldar', 'source.html'), 'utf8');
    const images = scanImages(parsePage(html, PAGE_URL));
    expect(images).toEqual([
      { src: 'https://maghress.com/resources/maghress-logo-fr.png', alt: 'Maghress', caption: '', width: 0, height: 0, chrome: true },
      { src: 'https://images2.maghress.com/aldar/6010203/photo', alt: '', caption: '', width: 0, height: 0, chrome: false },
    ]);
  });

  it('keeps page order, lists each address once and leaves out icons and pixels', () => {
    const document = article(`
      <div class="article">
        <img src="/img/first.jpg" width="800" height="450" alt="first">
        <img src="/img/icon-share.png" width="24" height="24">
        <p>Le ministre de l'Intérieur a tenu une réunion.</p>
        <img src="https://images2.maghress.com/aldar/6010203/photo" width="640" height="360" alt="photo">
        <img src="/img/first.jpg" width="200" height="120" alt="first again, smaller">
        <img src="/pixel.gif" width="1" height="1">
        <img src="/img/wide-strip.jpg" width="600" height="20">
        <img src="/img/unknown-size.jpg">
      </div>`);
    const images = scanImages(document);
    expect(images.map((image) => image.src)).toEqual([
      'https://maghress.com/img/first.jpg',
      'https://images2.maghress.com/aldar/6010203/photo',
      'https://maghress.com/img/unknown-size.jpg',
    ]);
    // The first occurrence wins: its size and text, not the later copy's.
    expect(images[0]).toMatchObject({ alt: 'first', width: 800, height: 450 });
  });

  it('keeps an image exactly at the minimum size and drops one a pixel smaller', () => {
    const side = PAGE_IMAGE_LIMITS.minSide;
    const document = article(`<img src="/at.jpg" width="${side}" height="${side}"><img src="/below.jpg" width="${side}" height="${side - 1}">`);
    expect(srcs(document)).toEqual(['https://maghress.com/at.jpg']);
  });

  it.each(['data-src', 'data-lazy-src', 'data-original', 'data-lazy'])('reads the real address of a lazy-loading placeholder from %s, resolved against the page', (attribute) => {
    const document = article(`<figure><img src="${PIXEL}" ${attribute}="/uploads/2023/10/laftit-faeser.jpg" width="800" height="450" alt="Laftit et Faeser"></figure>`);
    expect(scanImages(document)).toEqual([
      { src: 'https://maghress.com/uploads/2023/10/laftit-faeser.jpg', alt: 'Laftit et Faeser', caption: '', width: 800, height: 450, chrome: false },
    ]);
  });

  it('takes the first candidate of a lazy data-srcset', () => {
    const document = article(`<img src="${PIXEL}" data-srcset="//images2.maghress.com/aldar/6010203/photo-800 800w, //images2.maghress.com/aldar/6010203/photo-1600 1600w" width="800" height="450">`);
    expect(srcs(document)).toEqual(['https://images2.maghress.com/aldar/6010203/photo-800']);
  });

  it('leaves out a placeholder with no real address, and an image without a source', () => {
    const document = article(`<img src="${PIXEL}" width="800" height="450"><img width="800" height="450" alt="empty"><img src="/real.jpg">`);
    expect(srcs(document)).toEqual(['https://maghress.com/real.jpg']);
  });

  it('lists an inline data: picture long enough to be one', () => {
    const inline = `data:image/png;base64,${'iVBORw0KGgo'.repeat(50)}`;
    expect(srcs(article(`<img src="${inline}" width="300" height="200">`))).toEqual([inline]);
  });

  it('leaves out javascript:, blob: and non-image data: sources', () => {
    const document = article(`
      <img src="javascript:alert(1)" width="800" height="450">
      <img src="blob:https://maghress.com/0b6c2d52-6d1c-4c55-8ab3-4ce1c0e4d1a7" width="800" height="450">
      <img src="data:text/html;base64,${'PHNjcmlwdD4'.repeat(50)}" width="800" height="450">
      <img src="${PIXEL}" data-src="javascript:alert(1)" width="800" height="450">
      <img src="/kept.jpg" width="800" height="450">`);
    expect(srcs(document)).toEqual(['https://maghress.com/kept.jpg']);
  });

  it('captures the alt text and the figure’s caption, whitespace collapsed and clipped', () => {
    const long = 'Le ministre de l’Intérieur, Abdelouafi Laftit, a tenu, lundi à Rabat, une réunion avec Nancy Faeser. '.repeat(5);
    const document = article(`
      <article>
        <figure class="wp-block-image">
          <a href="/photo"><img src="/laftit.jpg" width="1200" height="675" alt="  Abdelouafi   Laftit
            et Nancy Faeser  "></a>
          <figcaption>
            ${long}
          </figcaption>
        </figure>
        <img src="/titled.jpg" width="600" height="400" title="Rabat, le 30 octobre 2023">
      </article>`);
    const [photo, titled] = scanImages(document);
    expect(photo?.alt).toBe('Abdelouafi Laftit et Nancy Faeser');
    const expected = long.replace(/\s+/g, ' ').trim().slice(0, PAGE_IMAGE_LIMITS.text);
    expect(expected).toHaveLength(300);
    expect(photo?.caption).toBe(expected);
    // Outside a figure, the image's title stands in for a caption.
    expect(titled).toMatchObject({ alt: '', caption: 'Rabat, le 30 octobre 2023' });
  });

  it('clips a long alt text to 300 characters', () => {
    const alt = 'mot '.repeat(200);
    const [image] = scanImages(article(`<img src="/a.jpg" alt="${alt}">`));
    expect(image?.alt).toBe(alt.trim().slice(0, 300));
    expect(image?.alt).toHaveLength(300);
  });

  it('flags images in the header, navigation, sidebar and footer, and in blocks of other stories, as page chrome', () => {
    const document = article(`
      <header><img src="/logo.png" width="200" height="60"></header>
      <nav><img src="/nav.jpg" width="100" height="100"></nav>
      <div role="banner"><img src="/banner.jpg" width="970" height="90"></div>
      <main><article><figure><img src="/story.jpg" width="800" height="450"><figcaption>Rabat</figcaption></figure></article></main>
      <aside><img src="/related.jpg" width="300" height="200"></aside>
      <main><div class="article-related"><a href="/autre"><img src="/teaser.jpg" width="300" height="200"></a></div></main>
      <div class="elementor-widget-container"><img src="/elementor-story.jpg" width="800" height="450"></div>
      <div role="complementary"><img src="/widget.jpg" width="300" height="250"></div>
      <footer><img src="/footer.jpg" width="120" height="60"></footer>`);
    const chrome = Object.fromEntries(scanImages(document).map((image) => [new URL(image.src).pathname, image.chrome]));
    expect(chrome).toEqual({
      '/logo.png': true,
      '/nav.jpg': true,
      '/banner.jpg': true,
      '/story.jpg': false,
      '/related.jpg': true,
      '/teaser.jpg': true,
      '/elementor-story.jpg': false,
      '/widget.jpg': true,
      '/footer.jpg': true,
    });
  });

  it(`stops at ${PAGE_IMAGE_LIMITS.images} images, counting only those listed`, () => {
    // Icons first: left out, they must not use up the cap.
    const icons = Array.from({ length: 10 }, (_, i) => `<img src="/icon-${i}.png" width="16" height="16">`).join('');
    const photos = Array.from({ length: 75 }, (_, i) => `<img src="/photo-${i}.jpg" width="400" height="300">`).join('');
    const images = srcs(article(icons + photos));
    expect(images).toHaveLength(PAGE_IMAGE_LIMITS.images);
    expect(images[0]).toBe('https://maghress.com/photo-0.jpg');
    expect(images.at(-1)).toBe(`https://maghress.com/photo-${PAGE_IMAGE_LIMITS.images - 1}.jpg`);
  });
});

describe('imageAddress', () => {
  it('is the shown address, resolved against the page', () => {
    const [image] = article('<img src="//images2.maghress.com/aldar/6010203/photo">').querySelectorAll('img');
    expect(image && imageAddress(image)).toBe('https://images2.maghress.com/aldar/6010203/photo');
  });

  it('prefers the lazy address over a placeholder, and a real source over the lazy attribute', () => {
    const [lazy, loaded] = article(`<img src="${PIXEL}" data-lazy-src="photo-lazy.jpg"><img src="/shown.jpg" data-src="/not-yet.jpg">`).querySelectorAll('img');
    expect(lazy && imageAddress(lazy)).toBe('https://maghress.com/fr/aldar/photo-lazy.jpg');
    expect(loaded && imageAddress(loaded)).toBe('https://maghress.com/shown.jpg');
  });

  it('skips an empty lazy attribute for the next one', () => {
    const [image] = article(`<img src="${PIXEL}" data-src="  " data-original="/original.jpg">`).querySelectorAll('img');
    expect(image && imageAddress(image)).toBe('https://maghress.com/original.jpg');
  });

  it('keeps the placeholder when no lazy attribute names an address', () => {
    const [image] = article(`<img src="${PIXEL}">`).querySelectorAll('img');
    expect(image && imageAddress(image)).toBe(PIXEL);
  });
});
