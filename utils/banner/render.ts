// Runs in the page (the `banner` script): the in-page banner on a detected article. It sits in
// the page's flow just above the article's headline, so it never covers the article, inside a
// closed Shadow DOM (page CSS cannot restyle it, page scripts cannot rewrite its link).

/** What the banner says, as the background sends it. */
export interface BannerContent {
  /** "Republished from Aldar", localised by the background. */
  headline: string;
  /** "30 Oct 2023", "Same text as the original", … */
  details: string[];
  /** The original's http(s) address, when known. */
  originalUrl?: string;
  openLabel: string;
  dismissLabel: string;
  label: string;
  dir: 'ltr' | 'rtl';
  lang: string;
}

const STYLE = `
:host { all: initial; display: block; margin: 0 0 12px; }
.banner { box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; max-inline-size: 100%;
  padding: 8px 12px; border: 1px solid #c9d5f5; border-inline-start: 4px solid #1a56db; border-radius: 8px;
  background: #f3f6fe; color: #1b1b1f; font: 14px/1.4 system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', sans-serif; }
.headline { font-weight: 650; }
.details { color: #44464f; }
.details span + span::before { content: ' · '; }
a { color: #1a4fc4; font-weight: 600; }
a:focus-visible, button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
button { margin-inline-start: auto; border: 0; background: transparent; color: #44464f; font: inherit; font-size: 18px; line-height: 1;
  padding: 2px 6px; cursor: pointer; border-radius: 4px; }
@media (prefers-color-scheme: dark) {
  .banner { background: #1f2533; border-color: #3a4766; border-inline-start-color: #8ab4ff; color: #e8e9ee; }
  .details, button { color: #c4c6d0; }
  a { color: #8ab4ff; }
}
`;

let host: HTMLElement | null = null;
let dismissed = false;

/** Where the banner goes: just before the article's headline, else at the top of the page. */
function anchor(document: Document): { parent: Node; before: Node | null } {
  const headline = document.querySelector('article h1, main h1, [itemprop="headline"], h1');
  if (headline?.parentNode) return { parent: headline.parentNode, before: headline };
  const body = document.body ?? document.documentElement;
  return { parent: body, before: body.firstChild };
}

/** Shows (or updates) the banner; returns false when the reader dismissed it on this page. */
export function showBanner(content: BannerContent, document: Document = globalThis.document): boolean {
  if (dismissed) return false;
  host?.remove();
  host = document.createElement('div');
  host.setAttribute('data-upstream-banner', '');
  host.style.setProperty('display', 'block', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('aside');
  box.className = 'banner';
  box.setAttribute('aria-label', content.label);
  box.dir = content.dir;
  box.lang = content.lang;
  const headline = document.createElement('span');
  headline.className = 'headline';
  headline.textContent = content.headline;
  const details = document.createElement('span');
  details.className = 'details';
  for (const detail of content.details) {
    const part = document.createElement('span');
    part.textContent = detail;
    details.append(part);
  }
  box.append(headline, details);
  const original = content.originalUrl && /^https?:\/\//i.test(content.originalUrl) ? content.originalUrl : null;
  if (original) {
    const link = document.createElement('a');
    link.href = original;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = content.openLabel;
    box.append(link);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', content.dismissLabel);
  close.addEventListener('click', () => {
    dismissed = true;
    host?.remove();
    host = null;
  });
  box.append(close);
  root.append(style, box);
  const { parent, before } = anchor(document);
  parent.insertBefore(host, before);
  return true;
}

/** Takes the banner away (the page is no longer known to be a copy, or the setting is off). */
export function hideBanner(): void {
  host?.remove();
  host = null;
}
