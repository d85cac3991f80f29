import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate, formatNumber, t } from '@/utils/i18n';
import { reasonText } from '@/utils/images/reasons';
import { sendMessage } from '@/utils/messages';
import { toHttpUrl } from '@/utils/resolve/url';
import { REPORT_REASONS, type ImageReport, type ReportReason } from '@/utils/store/db';
import { allReports, exportReports, exportReportsCsv, importReports, undoReport } from '@/utils/store/reports';
import { readSettings, reporterNameItem, updateSettings } from '@/utils/store/settings';
import { download } from './download';

const IMPORT_ERRORS: Record<string, Parameters<typeof t>[0]> = {
  'not-json': 'importNotJson',
  'not-upstream-reports': 'importNotReports',
  'too-large': 'importTooLarge',
};

/** A page or image address as a link when it is http(s), else as text. */
function Address({ url }: { url: string | undefined }) {
  const href = toHttpUrl(url);
  if (!href) return <span class="detail">—</span>;
  return (
    <a href={href.href} target="_blank" rel="noreferrer noopener" dir="ltr">
      {href.hostname + href.pathname}
    </a>
  );
}

/** The reader's reports: filter, delete, export (JSON, CSV), import a colleague's or a backup. */
export function ReportsManager() {
  const [reports, setReports] = useState<ImageReport[] | null>(null);
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [query, setQuery] = useState('');
  const [asOwn, setAsOwn] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [threshold, setThreshold] = useState<number | null>(null);
  const [name, setName] = useState('');

  const reload = () => void allReports().then(setReports);
  useEffect(() => {
    reload();
    void readSettings().then((settings) => setThreshold(settings.reportThreshold));
    void reporterNameItem.getValue().then(setName);
  }, []);

  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return (reports ?? []).filter(
      (report) =>
        (!reason || report.reason === reason) &&
        (!needle || [report.imageUrl, report.pageUrl, report.note, report.reporter].some((field) => field?.toLowerCase().includes(needle))),
    );
  }, [reports, reason, query]);

  const changed = () => {
    reload();
    void sendMessage('reportsChanged', {}).catch(() => undefined);
  };

  const remove = async (id: number | undefined) => {
    if (id === undefined) return;
    await undoReport(id);
    changed();
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importReports(await file.text(), { asOwn });
    if ('error' in result) setStatus(t(IMPORT_ERRORS[result.error] ?? 'importNotReports'));
    else {
      setStatus(t('reportsImported', [formatNumber(result.added)]));
      changed();
    }
  };

  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section class="card options__section" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reportsHeading')}</h2>
      <div class="options__row">
        <label>
          {t('reportsFilter')}{' '}
          <select value={reason} onChange={(event) => setReason(event.currentTarget.value as ReportReason | '')}>
            <option value="">{t('reportsAllReasons')}</option>
            {REPORT_REASONS.map((value) => (
              <option key={value} value={value}>
                {reasonText(value)}
              </option>
            ))}
          </select>
        </label>
        <input type="search" aria-label={t('reportsFilterText')} placeholder={t('reportsFilterText')} value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </div>
      {reports === null ? null : reports.length === 0 ? (
        <p class="notice" data-testid="reports-empty">{t('reportsEmpty')}</p>
      ) : (
        <>
          <p class="detail" role="status">{t('reportsCount', [formatNumber(shown.length), formatNumber(reports.length)])}</p>
          <table class="reports">
            <thead>
              <tr>
                <th scope="col">{t('columnImage')}</th>
                <th scope="col">{t('columnReason')}</th>
                <th scope="col">{t('columnPage')}</th>
                <th scope="col">{t('columnDate')}</th>
                <th scope="col">{t('columnBy')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {shown.map((report, index) => (
                <tr key={report.id} data-report-id={report.id}>
                  <td>
                    {report.imageUrl ? <img class="reports__thumb" src={report.imageUrl} alt="" width={48} height={48} loading="lazy" referrerpolicy="no-referrer" /> : null}
                    <Address url={report.imageUrl} />
                  </td>
                  <td>
                    {reasonText(report.reason)}
                    {report.note && <div class="detail reports__note">{report.note}</div>}
                  </td>
                  <td><Address url={report.pageUrl} /></td>
                  <td>{formatDate(report.createdAt, true)}</td>
                  <td>{report.reporter === 'self' ? t('reporterSelf') : report.reporter}</td>
                  <td>
                    <button type="button" class="button button--quiet button--small" aria-label={t('reportsDeleteNamed', [String(index + 1)])} onClick={() => void remove(report.id)}>
                      {t('reportsDelete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p class="actions">
        <button type="button" class="button" onClick={() => void reporterNameItem.getValue().then(exportReports).then((text) => download(`upstream-reports-${stamp}.json`, 'application/json', text))}>
          {t('reportsExportJson')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => void exportReportsCsv().then((text) => download(`upstream-reports-${stamp}.csv`, 'text/csv', text))}>
          {t('reportsExportCsv')}
        </button>
      </p>
      <div class="options__import">
        <label>
          {t('reportsImport')}{' '}
          <input type="file" accept="application/json,.json" data-testid="import-reports" onChange={(event) => void importFile(event.currentTarget.files?.[0])} />
        </label>
        <label>
          <input type="checkbox" checked={asOwn} onChange={(event) => setAsOwn(event.currentTarget.checked)} /> {t('reportsImportAsOwn')}
        </label>
      </div>
      {status && <p class="notice" role="status" data-testid="reports-status">{status}</p>}
      <div class="options__row">
        <label>
          {t('reportsThreshold')}{' '}
          <input
            type="number"
            min={1}
            max={1000}
            value={threshold ?? 1}
            onChange={(event) => {
              const value = Math.round(Number(event.currentTarget.value));
              if (value >= 1 && value <= 1000) void updateSettings({ reportThreshold: value }).then((settings) => {
                setThreshold(settings.reportThreshold);
                changed();
              });
            }}
          />
        </label>
      </div>
      <p class="detail">{t('reportsThresholdHelp')}</p>
      <div class="options__row">
        <label>
          {t('reporterName')}{' '}
          <input type="text" maxLength={80} value={name} onChange={(event) => {
            const value = event.currentTarget.value.trim();
            if (value) void reporterNameItem.setValue(value).then(() => setName(value));
          }} />
        </label>
      </div>
    </section>
  );
}
