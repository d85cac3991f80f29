import { defineContentScript } from 'wxt/utils/define-content-script';
import { detect } from '@/utils/detect';
import { sendMessage } from '@/utils/messages';

// Runs on every page: a few DOM queries, and a message only when the page republishes.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const detection = detect(document, new URL(location.href));
    if (detection) sendMessage('reportDetection', detection).catch(() => undefined);
  },
});
