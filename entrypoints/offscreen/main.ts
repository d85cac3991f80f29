import { browser } from 'wxt/browser';
import { isParseRequest } from '@/utils/verify/offscreen-protocol';
import { parseOriginal } from '@/utils/verify/parse-original';

// Parses originals for the background, which has no DOM in Chrome MV3.
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isParseRequest(message)) return undefined;
  return Promise.resolve(parseOriginal(message.html, message.url));
});
