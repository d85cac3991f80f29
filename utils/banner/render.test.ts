import { afterEach, describe, expect, it, vi } from 'vitest';
import { hideBanner, showBanner, type BannerContent } from './render';

const content: BannerContent = {
  headline: 'Republished from Aldar',
  details: ['Oct 30, 2023', 'same text as the original'],
  originalUrl: 'https://www.aldar.ma/2023/10/30/laftit-145832.html',
  openLabel: 'Open original',
  dismissLabel: 'Dismiss',
  label: 'Upstream',
  dir: 'ltr',
  lang: 'en',
};

/** The banner's closed shadow root, caught as it is made (page scripts never get it). */
function catchShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

describe('the in-page banner', () => {
  afterEach(() => {
    hideBanner();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('sits just before the headline, in a closed shadow root, with a real link to the original', () => {
    document.body.innerHTML = '<header><h2>Site</h2></header><article><h1>Laftit s’entretient…</h1><p>Text</p></article>';
    const roots = catchShadowRoots();
    expect(showBanner(content)).toBe(true);
    const host = document.querySelector('[data-upstream-banner]');
    expect(host?.nextElementSibling?.tagName).toBe('H1');
    expect(host?.shadowRoot).toBeNull();
    const root = roots[0];
    expect(root?.mode).toBe('closed');
    expect(root?.querySelector('.headline')?.textContent).toBe('Republished from Aldar');
    expect(root?.querySelector('a')?.getAttribute('href')).toBe(content.originalUrl);
    expect(root?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows page text as text and links only http(s) addresses', () => {
    const roots = catchShadowRoots();
    showBanner({ ...content, headline: 'Republished from <img src=x onerror=alert(1)>', originalUrl: 'javascript:alert(1)' });
    const root = roots[0];
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.querySelector('.headline')?.textContent).toContain('<img');
    expect(root?.querySelector('a')).toBeNull();
  });

  it('replaces itself on update, and stays away once dismissed', () => {
    document.body.innerHTML = '<h1>Title</h1>';
    const roots = catchShadowRoots();
    showBanner({ ...content, details: ['checking the original…'] });
    showBanner(content);
    expect(document.querySelectorAll('[data-upstream-banner]')).toHaveLength(1);
    (roots[1]?.querySelector('button') as HTMLButtonElement | null)?.click();
    expect(document.querySelectorAll('[data-upstream-banner]')).toHaveLength(0);
    expect(showBanner(content)).toBe(false);
    expect(document.querySelectorAll('[data-upstream-banner]')).toHaveLength(0);
  });
});
