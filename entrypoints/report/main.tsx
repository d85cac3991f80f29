import { useEffect, useState } from 'preact/hooks';
import { ReportForm } from '@/components/ReportForm';
import { mountPage } from '@/components/mount';
import { t } from '@/utils/i18n';
import { readableImageUrl } from '@/utils/images/fetch-image';
import { problemText, reportAnswerText } from '@/utils/images/reasons';
import { sendMessage } from '@/utils/messages';

// The window "Report image…" (the image's context menu) opens: one image of one tab.
const query = new URLSearchParams(location.search);
const tabId = Number(query.get('tabId') ?? NaN);
const image = query.get('image') ?? '';

function ReportWindow() {
  const [message, setMessage] = useState<string | null>(null);
  const [reportId, setReportId] = useState<number | null>(null);
  useEffect(() => {
    document.title = t('reportWindowTitle');
  }, []);
  if (!Number.isInteger(tabId) || !readableImageUrl(image)) return <p class="notice">{problemText('no-address')}</p>;

  const submit = async (reason: Parameters<typeof sendMessage<'reportImage'>>[1]['reason'], note: string) => {
    setMessage(t('reportSaving'));
    const answer = await sendMessage('reportImage', { tabId, imageUrl: image, reason, ...(note ? { note } : {}) }).catch(() => ({ error: 'network' as const }));
    setMessage(reportAnswerText(answer) ?? t('reportWindowDone'));
    if (!('error' in answer)) setReportId(answer.id);
  };

  return (
    <main class="popup">
      <h1 class="images__heading">{t('reportWindowTitle')}</h1>
      <img class="report-window__image" src={image} alt="" referrerpolicy="no-referrer" />
      {reportId === null ? (
        <ReportForm name="window" onSubmit={(reason, note) => void submit(reason, note)} onCancel={() => window.close()} />
      ) : (
        <p class="actions">
          <button
            type="button"
            class="button button--quiet"
            onClick={() => void sendMessage('undoReport', { id: reportId, tabId }).then(() => window.close())}
          >
            {t('reportUndo')}
          </button>
        </p>
      )}
      {message && <p class="notice" role="status">{message}</p>}
    </main>
  );
}

mountPage(<ReportWindow />);
