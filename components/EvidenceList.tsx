import type { Signal } from '@/utils/detect/types';
import { t, type MessageKey } from '@/utils/i18n';

const KIND_TEXT: Record<Signal['kind'], MessageKey> = {
  'site-adapter': 'signalSiteAdapter',
  'credit-line': 'signalCreditLine',
  'source-link': 'signalSourceLink',
  'unsafe-link': 'signalUnsafeLink',
  canonical: 'signalCanonical',
  meta: 'signalMeta',
  'json-ld': 'signalJsonLd',
  dateline: 'signalDateline',
  byline: 'signalByline',
  'wire-credit': 'signalWireCredit',
  copyright: 'signalCopyright',
  translation: 'signalTranslation',
};

/** Why Upstream thinks the page is a copy: each signal, what was seen and how much it counts. */
export function EvidenceList({ signals, confidence }: { signals: Signal[]; confidence: number }) {
  return (
    <details class="section" open>
      <summary>{t('evidence', [String(Math.round(confidence * 100))])}</summary>
      <ul class="evidence">
        {signals.map((signal, index) => (
          <li key={index} data-kind={signal.kind}>
            <span class="evidence__kind">{t(KIND_TEXT[signal.kind])}</span>
            <span class="evidence__weight">{signal.weight.toFixed(2)}</span>
            {/* Page text, rendered as text. */}
            <q class="evidence__text">{signal.evidence}</q>
          </li>
        ))}
      </ul>
    </details>
  );
}
