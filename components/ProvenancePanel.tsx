import { EvidenceList } from './EvidenceList';
import { OriginalLinks } from './OriginalLinks';
import { RedirectChain } from './RedirectChain';
import { formatDate, t, type MessageKey } from '@/utils/i18n';
import type { ProvenanceView } from '@/utils/provenance/view';
import type { FailureKind } from '@/utils/resolve/types';
import { toHttpUrl } from '@/utils/resolve/url';

const FAILURE_TEXT: Record<FailureKind, MessageKey> = {
  timeout: 'failureTimeout',
  network: 'failureNetwork',
  'not-found': 'failureNotFound',
  'http-error': 'failureHttpError',
  'server-error': 'failureServerError',
  'rate-limited': 'failureRateLimited',
  'too-many-hops': 'failureTooManyHops',
  'redirect-loop': 'failureRedirectLoop',
  'too-large': 'failureTooLarge',
  'unsafe-url': 'failureUnsafeUrl',
};

/** The popup's body for one tab: what is known of the article's origin, and the evidence. */
export function ProvenancePanel({ view, onRetry }: { view: ProvenanceView; onRetry: () => void }) {
  const { detection, lookup, state } = view;
  if (!detection) {
    const key = state === 'detecting' ? 'stateDetecting' : 'stateNotRepublished';
    return <p class="notice" role="status">{t(key)}</p>;
  }
  const source = detection.source;
  const claimed = toHttpUrl(source.url);
  const outcome = lookup?.outcome;
  const original = outcome?.ok ? toHttpUrl(outcome.finalUrl) : null;

  return (
    <>
      <section class="card" aria-labelledby="source-heading">
        <p class="eyebrow" id="source-heading">{t('republishedFrom')}</p>
        <p class="publisher" data-testid="publisher">{source.name ?? t('unknownPublisher')}</p>
        <dl class="facts">
          {source.publishedAt && (
            <>
              <dt>{t('originalDate')}</dt>
              <dd>
                <time dateTime={source.publishedAt}>{formatDate(source.publishedAt)}</time>
              </dd>
            </>
          )}
          {detection.title && (
            <>
              <dt>{t('articleTitle')}</dt>
              <dd lang="">{detection.title}</dd>
            </>
          )}
        </dl>
        {state === 'resolving' && (
          <p class="progress" role="status" aria-busy="true">{t('stateResolving')}</p>
        )}
        {state === 'named' && <p class="notice">{t('stateNamed')}</p>}
        {original && <OriginalLinks url={original} title={outcome?.ok ? outcome.title : undefined} />}
        {outcome && !outcome.ok && (
          <div class="problem" role="alert">
            <p>
              <strong>{t('stateUnreachable')}</strong> {t(FAILURE_TEXT[outcome.failure])}{' '}
              <span class="detail">({outcome.detail})</span>
            </p>
            {claimed && (
              <p class="actions">
                <a class="button" href={claimed.href} target="_blank" rel="noreferrer noopener">
                  {t('openSourceLink')}
                </a>
                <a
                  class="button button--quiet"
                  href={`https://web.archive.org/web/*/${claimed.href}`}
                  target="_blank"
                  rel="noreferrer noopener"
                >
                  {t('openArchive')}
                </a>
                <button type="button" class="button button--quiet" onClick={onRetry}>
                  {t('retry')}
                </button>
              </p>
            )}
          </div>
        )}
      </section>
      {outcome && outcome.hops.length > 0 && (
        <RedirectChain hops={outcome.hops} finalUrl={outcome.ok ? outcome.finalUrl : undefined} />
      )}
      <EvidenceList signals={detection.signals} confidence={detection.confidence} />
      {lookup && (
        <p class="footnote">{t('checkedAt', [formatDate(lookup.checkedAt, true)])}</p>
      )}
    </>
  );
}
