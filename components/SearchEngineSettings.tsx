import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { engineName, SEARCH_ENGINES, type SearchEngine } from '@/utils/images/search-links';
import { readSettings, updateSettings } from '@/utils/store/settings';

/** Which reverse image search engines the popup and the context menu offer. */
export function SearchEngineSettings() {
  const [engines, setEngines] = useState<SearchEngine[] | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void readSettings().then((settings) => setEngines(settings.searchEngines)), []);
  if (!engines) return null;

  const toggle = async (engine: SearchEngine, on: boolean) => {
    // Kept in the canonical order, whatever order they were ticked in.
    const next = SEARCH_ENGINES.filter((candidate) => (candidate === engine ? on : engines.includes(candidate)));
    setEngines((await updateSettings({ searchEngines: next })).searchEngines);
    setSaved(true);
  };

  return (
    <section class="card options__section" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <p class="detail">{t('searchHelp')}</p>
      <fieldset class="options__engines">
        <legend class="visually-hidden">{t('searchHeading')}</legend>
        {SEARCH_ENGINES.map((engine) => (
          <label key={engine}>
            <input type="checkbox" checked={engines.includes(engine)} onChange={(event) => void toggle(engine, event.currentTarget.checked)} />
            {engineName(engine)}
          </label>
        ))}
      </fieldset>
      {saved && <p class="detail" role="status">{t('saved')}</p>}
    </section>
  );
}
