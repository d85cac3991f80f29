import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatNumber, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import { clearCaches, exportAllData, importAllData } from '@/utils/store/backup';
import { readSettings, setSiteDisabled, updateSettings, type Settings } from '@/utils/store/settings';
import { download } from './download';

type Toggle = 'banner' | 'privacyMode' | 'autoOpenOriginal';
const TOGGLES: [Toggle, Parameters<typeof t>[0]][] = [
  ['banner', 'settingBanner'],
  ['privacyMode', 'settingPrivacy'],
  ['autoOpenOriginal', 'settingAutoOpen'],
];

/** The reading settings, the sites Upstream is off on, and the reader's data (cache, backup). */
export function ReadingSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readSettings().then(setSettings);
    void browser.commands?.getAll().then((commands) => setShortcut(commands.find((command) => command.name === 'open-original')?.shortcut || null));
  }, []);
  if (!settings) return null;

  const change = async (update: Partial<Settings>) => {
    setSettings(await updateSettings(update));
    setSaved(true);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importAllData(await file.text());
    if ('error' in result) return setStatus(t(result.error === 'too-large' ? 'importTooLarge' : result.error === 'not-json' ? 'importNotJson' : 'importNotBackup'));
    setSettings(await readSettings());
    setStatus(t('importAllDone', [formatNumber(result.added)]));
    void sendMessage('reportsChanged', {}).catch(() => undefined);
  };

  return (
    <>
      <section class="card options__section" aria-labelledby="reading-heading">
        <h2 id="reading-heading">{t('settingsHeading')}</h2>
        {TOGGLES.map(([name, label]) => (
          <p key={name} class="options__row">
            <label>
              <input type="checkbox" checked={settings[name]} onChange={(event) => void change({ [name]: event.currentTarget.checked })} data-setting={name} /> {t(label)}
            </label>
          </p>
        ))}
        {saved && <p class="detail" role="status">{t('saved')}</p>}
        {shortcut && <p class="detail">{t('settingShortcut', [shortcut])}</p>}
        <h3 class="options__subheading">{t('disabledSitesHeading')}</h3>
        {settings.disabledSites.length === 0 ? (
          <p class="detail">{t('disabledSitesNone')}</p>
        ) : (
          <ul class="options__sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span dir="ltr">{site}</span>{' '}
                <button type="button" class="button button--quiet button--small" onClick={() => void setSiteDisabled(site, false).then(setSettings)}>
                  {t('enableOnSite', [site])}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card options__section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <p class="actions">
          <button type="button" class="button" onClick={() => void exportAllData().then((text) => download(`upstream-data-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', text))}>
            {t('exportAll')}
          </button>
          <button type="button" class="button button--quiet" onClick={() => void clearCaches().then(() => setStatus(t('cacheCleared')))}>
            {t('clearCache')}
          </button>
        </p>
        <p class="options__import">
          <label>
            {t('importAll')} <input type="file" accept="application/json,.json" data-testid="import-all" onChange={(event) => void importFile(event.currentTarget.files?.[0])} />
          </label>
        </p>
        {status && <p class="notice" role="status" data-testid="settings-status">{status}</p>}
      </section>
    </>
  );
}
