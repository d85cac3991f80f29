import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { hideBanner, showBanner, type BannerContent } from '@/utils/banner/render';

// Injected by the background into detected articles (when the banner setting is on); it stays
// to take the background's banner updates as the lookup goes on.

interface BannerMessage {
  target: 'upstream-banner';
  banner: BannerContent | null;
}

function isBannerMessage(message: unknown): message is BannerMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { target, banner } = message as Partial<BannerMessage>;
  if (target !== 'upstream-banner') return false;
  if (banner === null) return true;
  return typeof banner === 'object' && typeof banner.headline === 'string' && Array.isArray(banner.details) && banner.details.every((detail) => typeof detail === 'string');
}

declare global {
  // The extension's isolated world: the page cannot see or set this flag.
  var upstreamBannerListening: boolean | undefined;
}

export default defineUnlistedScript(() => {
  if (globalThis.upstreamBannerListening) return true;
  globalThis.upstreamBannerListening = true;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isBannerMessage(message)) return undefined;
    if (message.banner) return Promise.resolve(showBanner(message.banner));
    hideBanner();
    return Promise.resolve(false);
  });
  return true;
});
