import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ProvenancePanel } from '@/components/ProvenancePanel';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
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
function useProvenance(): { view: ProvenanceView | null; failed: boolean; retry: () => void } {
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

  return { view, failed, retry: () => setRound((value) => value + 1) };
}

export function App() {
  const { view, failed, retry } = useProvenance();
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
      ) : view ? (
        <ProvenancePanel view={view} onRetry={retry} />
      ) : (
        <p class="notice" role="status" aria-busy="true">{t('stateDetecting')}</p>
      )}
    </main>
  );
}
