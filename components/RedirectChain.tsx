import type { Hop } from '@/utils/resolve/types';
import { t } from '@/utils/i18n';

/** Each step from the source link to the original, for fact-checkers. */
export function RedirectChain({ hops, finalUrl }: { hops: Hop[]; finalUrl: string | undefined }) {
  return (
    <details class="section">
      <summary>{t('redirectChain', [String(hops.length)])}</summary>
      <ol class="chain" dir="ltr">
        {hops.map((hop, index) => (
          <li key={index}>
            {hop.via === 'navigation' ? t('viaNavigation') : <code>{hop.status}</code>} {hop.via === 'meta-refresh' ? t('viaMetaRefresh') : ''}{' '}
            <span>{hop.url}</span>
          </li>
        ))}
        {finalUrl && (
          <li>
            <code>200</code> <span>{finalUrl}</span>
          </li>
        )}
      </ol>
    </details>
  );
}
