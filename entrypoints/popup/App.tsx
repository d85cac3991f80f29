import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ImageList } from '@/components/ImageList';
import { ProvenancePanel } from '@/components/ProvenancePanel';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { ImagesView } from '@/utils/images/service';
import { FINAL_STATES, type ProvenanceView } from '@/utils/provenance/view';

const POLL_MS = 300;
// The background gives up on a lookup well before this; it only guards against a lost worker.
const GIVE_UP_MS = 45_000;

async function targetTabId(): Promise<number | undefined> {
  const requested = new URLSearchParams(location.search).get('tabId');
  if (requested !== null && /^\d+$/.test(requested)) return Number(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Reads the tab's provenance from the background until it reaches a final state. */
function useProvenance(): { view: ProvenanceView | null; failed: boolean; retry: () => void; show: (view: ProvenanceView) => void } {
  const [view, setView] = useState<ProvenanceView | null>(null);
  const [failed, setFailed] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let stopped = false;
    const started = Date.now();
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setFailed(true);
      let next = await sendMessage(round > 0 ? 'retryLookup' : 'getProvenance', { tabId }).catch(() => undefined);
      while (!stopped) {
        if (!next) return setFailed(true);
        setView(next);
        if (FINAL_STATES.has(next.state) || Date.now() - started > GIVE_UP_MS) return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        next = await sendMessage('getProvenance', { tabId }).catch(() => undefined);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [round]);

  return { view, failed, retry: () => setRound((value) => value + 1), show: setView };
}

/** "Disable on this site", or, where it is off, "Turn on for this site". */
function SiteSwitch({ view, onChange }: { view: ProvenanceView; onChange: (view: ProvenanceView) => void }) {
  const { site } = view;
  if (!site) return null;
  const disabled = view.state === 'disabled';
  const toggle = () => void sendMessage('setSiteDisabled', { tabId: view.tabId, disabled: !disabled }).then(onChange);
  return (
    <p class="footnote">
      {disabled && <span class="notice" role="status">{t('stateDisabled', [site])} </span>}
      <button type="button" class="button button--quiet button--small" onClick={toggle} data-testid="site-switch">
        {t(disabled ? 'enableOnSite' : 'disableOnSite', [site])}
      </button>
    </p>
  );
}

/** The tab's images (for reports), read once and again after each report or undo. */
function useImages(): { images: ImagesView | null | undefined; reload: () => void; tabId: number | undefined } {
  const [images, setImages] = useState<ImagesView | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      const id = await targetTabId();
      if (id === undefined) return setImages(null);
      setTabId(id);
      const answer = await sendMessage('getImages', { tabId: id }).catch(() => null);
      if (!stopped) setImages(answer ?? null);
    })();
    return () => {
      stopped = true;
    };
  }, [round]);
  return { images, tabId, reload: () => setRound((value) => value + 1) };
}

function ImageSection() {
  const { images, tabId, reload } = useImages();
  useEffect(() => {
    if (images !== undefined) document.body.dataset.imagesReady = '1';
  }, [images]);
  if (images === undefined) return <p class="notice" aria-busy="true">{t('imagesLoading')}</p>;
  if (images === null || tabId === undefined) return <p class="notice">{t('imagesUnavailable')}</p>;
  return (
    <ImageList
      view={images}
      onChanged={reload}
      actions={{
        report: (imageUrl, reason, note) => sendMessage('reportImage', { tabId, imageUrl, reason, ...(note ? { note } : {}) }),
        undo: async (id) => void (await sendMessage('undoReport', { id, tabId })),
      }}
    />
  );
}

export function App() {
  const { view, failed, retry, show } = useProvenance();
  const final = failed || (view !== null && FINAL_STATES.has(view.state));

  useEffect(() => {
    document.body.dataset.state = failed ? 'unknown' : (view?.state ?? 'detecting');
    if (final) document.body.dataset.ready = '1';
    else delete document.body.dataset.ready;
  }, [view, failed, final]);

  return (
    <main class="popup">
      <header class="popup__header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
      </header>
      {failed ? (
        <p class="notice" role="status">{t('popupNoTab')}</p>
      ) : view?.state === 'disabled' ? null : view ? (
        <ProvenancePanel view={view} onRetry={retry} />
      ) : (
        <p class="notice" role="status" aria-busy="true">{t('stateDetecting')}</p>
      )}
      {!failed && view?.state !== 'disabled' && <ImageSection />}
      {view && <SiteSwitch view={view} onChange={show} />}
      <p class="footnote">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">{t('openSettings')}</a>
      </p>
    </main>
  );
}
