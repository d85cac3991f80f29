import { CitationButtons } from './Citation';
import { EvidenceList } from './EvidenceList';
import { OriginalLinks } from './OriginalLinks';
import { RedirectChain } from './RedirectChain';
import { Verdict } from './Verdict';
import { knownSource } from '@/utils/detect/sources';
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

/** A failure of a lookup, as a sentence. */
export function failureText(failure: FailureKind): string {
  return t(FAILURE_TEXT[failure]);
}

const archive = (url: string) => `https://web.archive.org/web/*/${url}`;

/** "Republished 3 h after the original", from two publication times (dates alone give days). */
export function lagText(original: string | undefined, copy: string | undefined): string | undefined {
  if (!original || !copy) return undefined;
  const hours = (Date.parse(copy) - Date.parse(original)) / 3_600_000;
  if (!Number.isFinite(hours)) return undefined;
  if (hours < 0) return t('lagBefore');
  if (hours < 1) return t('lagMinutes', [String(Math.max(1, Math.round(hours * 60)))]);
  if (hours < 48) return t('lagHours', [String(Math.round(hours))]);
  return t('lagDays', [String(Math.round(hours / 24))]);
}

/** A search of the source's own site for the headline: a link the user may click, never a request. */
function findOnSite(name: string | undefined, title: string | undefined): { site: string; href: string } | null {
  const site = name ? knownSource(name)?.site : undefined;
  if (!site || !title) return null;
  return { site, href: `https://www.google.com/search?q=${encodeURIComponent(`site:${site} ${title}`)}` };
}

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
  const publishedAt = view.original?.publishedAt ?? source.publishedAt;
  const lag = lagText(view.original?.publishedAt, view.copyPublishedAt);
  const search = state === 'named' ? findOnSite(source.name, detection.title) : null;
  const chainNames = (view.chain ?? []).map((claim) => claim.name ?? (claim.url ? new URL(claim.url).hostname : '')).filter(Boolean);

  return (
    <>
      <section class="card" aria-labelledby="source-heading">
        <p class="eyebrow" id="source-heading">{t('republishedFrom')}</p>
        <p class="publisher" data-testid="publisher">{source.name ?? view.original?.siteName ?? t('unknownPublisher')}</p>
        <dl class="facts">
          {publishedAt && (
            <>
              <dt>{t('originalDate')}</dt>
              <dd>
                <time dateTime={publishedAt}>{formatDate(publishedAt.length > 10 ? publishedAt.slice(0, 10) : publishedAt)}</time>
                {lag && <span class="lag"> · {lag}</span>}
              </dd>
            </>
          )}
          {detection.title && (
            <>
              <dt>{t('articleTitle')}</dt>
              <dd>{detection.title}</dd>
            </>
          )}
          {chainNames.length > 0 && (
            <>
              <dt>{t('upstreamSource')}</dt>
              <dd data-testid="upstream">{t('upstreamCredits', [view.original?.siteName ?? source.name ?? '', chainNames.join(' → ')])}</dd>
            </>
          )}
        </dl>
        {state === 'resolving' && (
          <p class="progress" role="status" aria-busy="true">
            {t(view.step === 'comparing' ? 'stepComparing' : 'stateResolving')}
          </p>
        )}
        {state === 'named' && <p class="notice">{t(detection.adapter === 'google-news' && !source.name ? 'stateNeedsNavigation' : 'stateNamed')}</p>}
        {search && (
          <p class="actions">
            <a class="button button--quiet" href={search.href} target="_blank" rel="noreferrer noopener">
              {t('findOnSite', [search.site])}
            </a>
          </p>
        )}
        {view.comparison && <Verdict comparison={view.comparison} />}
        {outcome?.ok && !outcome.contentType.includes('html') && <p class="notice">{t('notHtml')}</p>}
        {original && <OriginalLinks url={original} title={view.original?.title ?? (outcome?.ok ? outcome.title : undefined)} />}
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
                <a class="button button--quiet" href={archive(claimed.href)} target="_blank" rel="noreferrer noopener">
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
      {original && lookup && (
        <section class="section" aria-label={t('forFactCheckers')}>
          <CitationButtons
            facts={{
              originalUrl: original.href,
              checkedAt: lookup.checkedAt,
              ...(view.original?.title ? { title: view.original.title } : {}),
              ...(source.name ? { publisher: source.name } : {}),
              ...(publishedAt ? { publishedAt } : {}),
              ...(view.pageUrl ? { copyUrl: view.pageUrl } : {}),
            }}
          />
          <p class="links">
            <a href={archive(original.href)} target="_blank" rel="noreferrer noopener">{t('archiveOriginal')}</a>
            {view.pageUrl && toHttpUrl(view.pageUrl) && (
              <a href={archive(view.pageUrl)} target="_blank" rel="noreferrer noopener">{t('archiveCopy')}</a>
            )}
          </p>
        </section>
      )}
      {outcome && outcome.hops.length > 0 && <RedirectChain hops={outcome.hops} finalUrl={outcome.ok ? outcome.finalUrl : undefined} />}
      <EvidenceList signals={detection.signals} confidence={detection.confidence} />
      {lookup && <p class="footnote">{t('checkedAt', [formatDate(lookup.checkedAt, true)])}</p>}
    </>
  );
}
