import { useState } from 'preact/hooks';
import { formatNumber, t } from '@/utils/i18n';
import { problemText, reasonText, reportAnswerText } from '@/utils/images/reasons';
import type { ImageView, ImagesView } from '@/utils/images/service';
import type { MessageResult } from '@/utils/messages';
import { toHttpUrl } from '@/utils/resolve/url';
import type { ReportReason } from '@/utils/store/db';
import { ReportForm } from './ReportForm';

export interface ImageActions {
  report: (imageUrl: string, reason: ReportReason, note: string) => Promise<MessageResult<'reportImage'>>;
  undo: (id: number) => Promise<void>;
}

/** Only http(s) pages become links; anything else is shown as text. */
function PageLink({ url, title }: { url: string; title?: string }) {
  const href = toHttpUrl(url);
  const label = title ?? (href ? href.hostname + href.pathname : url);
  return href ? <a href={href.href} target="_blank" rel="noreferrer noopener">{label}</a> : <span>{label}</span>;
}

function ReportStatus({ image, onUndo }: { image: ImageView; onUndo: (id: number) => void }) {
  const own = image.reports.find((report) => report.own);
  if (own) {
    return (
      <p class="image__reported">
        {t('coverOwn', [reasonText(own.reason)])}{' '}
        <button type="button" class="button button--quiet button--small" onClick={() => onUndo(own.id)}>
          {t('reportUndo')}
        </button>
      </p>
    );
  }
  if (image.reports.length === 0) return null;
  const first = image.reports[0];
  return <p class="image__reported">{t('coverOthers', [formatNumber(image.people), first ? reasonText(first.reason) : ''])}</p>;
}

function ImageItem({ image, index, actions, onChanged }: { image: ImageView; index: number; actions: ImageActions; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const description = image.alt || image.caption || t('imageNoText');
  const host = toHttpUrl(image.src)?.hostname;
  const own = image.reports.some((report) => report.own);

  const submit = async (reason: ReportReason, note: string) => {
    setMessage(t('reportSaving'));
    const answer = await actions.report(image.src, reason, note).catch(() => ({ error: 'network' as const }));
    setMessage(reportAnswerText(answer));
    if ('error' in answer) return;
    setOpen(false);
    onChanged();
  };

  return (
    <li class="image" data-image-src={image.src}>
      <img class="image__thumb" src={image.src} alt="" width={64} height={64} loading="lazy" referrerpolicy="no-referrer" />
      <div class="image__body">
        <p class="image__text">{description}</p>
        <p class="image__meta">
          {image.width > 0 && image.height > 0 ? t('imageSize', [formatNumber(image.width), formatNumber(image.height)]) : null}
          {host ? <span dir="ltr"> · {host}</span> : null}
        </p>
        {image.problem && <p class="image__problem">{problemText(image.problem)}</p>}
        <ReportStatus image={image} onUndo={(id) => void actions.undo(id).then(onChanged)} />
        {image.seenOn.length > 0 && (
          <details class="image__seen">
            <summary>{image.seenOn.length === 1 ? t('seenOnOne') : t('seenOnMany', [formatNumber(image.seenOn.length)])}</summary>
            <ul>
              {image.seenOn.map((sighting) => (
                <li key={sighting.pageUrl}>
                  <PageLink url={sighting.pageUrl} {...(sighting.title ? { title: sighting.title } : {})} />
                </li>
              ))}
            </ul>
          </details>
        )}
        {image.searches.length > 0 && (
          <p class="links image__search">
            <span>{t('imageSearch')}</span>
            {image.searches.map((search) => (
              <a key={search.name} href={search.href} target="_blank" rel="noreferrer noopener">
                {search.name}
              </a>
            ))}
          </p>
        )}
        {message && <p class="image__message" role="status">{message}</p>}
        {!own && !open && (
          <button type="button" class="button button--quiet button--small" aria-label={t('reportImageNamed', [String(index + 1), description])} onClick={() => setOpen(true)}>
            {t('reportButton')}
          </button>
        )}
        {open && <ReportForm name={String(index)} onSubmit={(reason, note) => void submit(reason, note)} onCancel={() => setOpen(false)} />}
      </div>
    </li>
  );
}

/** The page's images in page order, each with its report control and search links. */
export function ImageList({ view, actions, onChanged }: { view: ImagesView; actions: ImageActions; onChanged: () => void }) {
  return (
    <section class="section images" aria-labelledby="images-heading">
      <h2 id="images-heading" class="images__heading">
        {view.article ? t('imagesArticle') : t('imagesPage')} <span class="detail">({formatNumber(view.images.length)})</span>
      </h2>
      {view.images.length === 0 ? (
        <p class="notice">{t('imagesNone')}</p>
      ) : (
        <ol class="images__list">
          {view.images.map((image, index) => (
            <ImageItem key={image.src} image={image} index={index} actions={actions} onChanged={onChanged} />
          ))}
        </ol>
      )}
    </section>
  );
}
