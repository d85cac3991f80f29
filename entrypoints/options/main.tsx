import { useEffect } from 'preact/hooks';
import { ReadingSettings } from '@/components/ReadingSettings';
import { ReportsManager } from '@/components/ReportsManager';
import { SearchEngineSettings } from '@/components/SearchEngineSettings';
import { mountPage } from '@/components/mount';
import { t } from '@/utils/i18n';

function Options() {
  useEffect(() => {
    document.title = t('optionsTitle');
  }, []);
  return (
    <main class="options">
      <header class="popup__header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <ReadingSettings />
      <ReportsManager />
      <SearchEngineSettings />
    </main>
  );
}

mountPage(<Options />);
