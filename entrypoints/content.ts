import { defineContentScript } from 'wxt/utils/define-content-script';
import { looksRepublished } from '@/utils/detect/prescreen';
import { sendMessage } from '@/utils/messages';

// Runs on every page: a few DOM queries, and a message only when the page may republish
// another outlet's article. The background then runs the full detection in the page.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    if (looksRepublished(document, new URL(location.href))) sendMessage('pageMayBeRepublished', { url: location.href }).catch(() => undefined);
  },
});
