import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** A path as people read it (Arabic slugs are percent-encoded in URLs); shown as text only. */
function readablePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** "Open original" as a real link (middle-click, copy, screen readers), and a new-tab button. */
export function OriginalLinks({ url, title }: { url: URL; title: string | undefined }) {
  return (
    <div class="original">
      {title && <p class="original__title">{title}</p>}
      <p class="original__url" dir="ltr">{url.hostname + readablePath(url.pathname)}</p>
      <p class="actions">
        <a class="button" href={url.href} target="_blank" rel="noreferrer noopener" data-testid="open-original">
          {t('openOriginal')}
        </a>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => void browser.tabs.create({ url: url.href })}
        >
          {t('openInNewTab')}
        </button>
      </p>
    </div>
  );
}
