import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksRepublished } from '@/utils/detect/prescreen';
import { sendMessage } from '@/utils/messages';

// The content script (wxt.config.ts lists it in the manifest): it runs on every page, so it is
// an unlisted script rather than a WXT content script, whose wrapper tells the page that the
// extension runs (a `postMessage` and a DOM event named with its id) and weighs a kilobyte.
// A few DOM queries, and a message only when the page may republish another outlet's article;
// the background then runs the full detection in the page.
export default defineUnlistedScript(() => {
  if (looksRepublished(document, new URL(location.href))) sendMessage('pageMayBeRepublished', { url: location.href }).catch(() => undefined);
});
