import { useEffect, useState } from 'preact/hooks';
import { OriginalLinks } from '@/components/OriginalLinks';
import { failureText } from '@/components/ProvenancePanel';
import { mountPage } from '@/components/mount';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { FoundOriginal } from '@/utils/provenance/find-original';
import { toHttpUrl } from '@/utils/resolve/url';

// The window "Find the original" (a link's context menu) opens: where an aggregator's link
// leads, answered by the background without the reader visiting it.
const link = toHttpUrl(new URLSearchParams(location.search).get('url'));

function Answer({ found }: { found: FoundOriginal }) {
  switch (found.state) {
    case 'resolved': {
      const original = toHttpUrl(found.originalUrl);
      return (
        <div class="card">
          <p class="eyebrow">{t('republishedFrom')}</p>
          <p class="publisher" data-testid="publisher">{found.source.name ?? original?.hostname ?? t('unknownPublisher')}</p>
          {original && <OriginalLinks url={original} title={found.title} />}
        </div>
      );
    }
    case 'named':
      return (
        <div class="card">
          <p class="eyebrow">{t('republishedFrom')}</p>
          <p class="publisher" data-testid="publisher">{found.source.name ?? t('unknownPublisher')}</p>
          <p class="notice">{t('stateNamed')}</p>
        </div>
      );
    case 'not-republished':
      return <p class="notice">{t('findNotRepublished')}</p>;
    case 'needs-navigation':
      return <p class="notice">{t('stateNeedsNavigation')}</p>;
    case 'unreachable':
      return <p class="problem">{t('findUnreachable', [failureText(found.failure)])}</p>;
  }
}

function FindWindow() {
  const [found, setFound] = useState<FoundOriginal | null>(null);
  useEffect(() => {
    document.title = t('findTitle');
    if (link) void sendMessage('findOriginal', { url: link.href }).then(setFound, () => setFound({ state: 'unreachable', link: link.href, failure: 'network' }));
  }, []);
  useEffect(() => {
    if (found) document.body.dataset.ready = '1';
  }, [found]);
  return (
    <main class="popup">
      <h1 class="images__heading">{t('findTitle')}</h1>
      <p class="detail">
        {t('findLink')}: <span dir="ltr">{link ? link.hostname + link.pathname : '—'}</span>
      </p>
      {!link ? <p class="problem">{t('failureUnsafeUrl')}</p> : found ? <Answer found={found} /> : <p class="progress" role="status">{t('findWorking')}</p>}
    </main>
  );
}

mountPage(<FindWindow />);
