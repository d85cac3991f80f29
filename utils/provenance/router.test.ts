import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers, type Handlers } from './router';

const flagged = { url: 'https://maghress.com/fr/aldar/1' };
const page = { id: fakeBrowser.runtime.id, url: 'https://maghress.com/fr/aldar/1', tab: { id: 7 }, frameId: 0 };
const popup = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/popup.html?tabId=7') };

function handlers() {
  return {
    pageMayBeRepublished: vi.fn(async () => undefined),
    getProvenance: vi.fn(async ({ tabId }: { tabId: number }) => ({ tabId, state: 'not-republished' as const })),
    retryLookup: vi.fn(async ({ tabId }: { tabId: number }) => ({ tabId, state: 'not-republished' as const })),
    getImages: vi.fn(async () => null),
    reportImage: vi.fn(async () => ({ id: 1 })),
    undoReport: vi.fn(async () => ({ ok: true as const })),
    reportsChanged: vi.fn(async () => undefined),
    setSiteDisabled: vi.fn(async ({ tabId }: { tabId: number }) => ({ tabId, state: 'disabled' as const })),
    findOriginal: vi.fn(async ({ url }: { url: string }) => ({ state: 'needs-navigation' as const, link: url })),
  } satisfies Handlers;
}

async function send(message: unknown, sender: object) {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return results.find((result: unknown) => result !== undefined);
}

describe('registerHandlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('routes a valid message from the right sender to its handler', async () => {
    const routes = handlers();
    registerHandlers(routes);
    await send({ name: 'pageMayBeRepublished', data: flagged }, page);
    expect(routes.pageMayBeRepublished).toHaveBeenCalledWith(flagged, page);
    expect(await send({ name: 'getProvenance', data: { tabId: 7 } }, popup)).toEqual({ tabId: 7, state: 'not-republished' });
  });

  it.each([
    ['an unknown name', { name: 'deleteEverything', data: {} }, page],
    ['a name from the prototype', { name: 'toString', data: {} }, page],
    ['a malformed argument', { name: 'pageMayBeRepublished', data: { url: 42 } }, page],
    ['a javascript: page URL', { name: 'pageMayBeRepublished', data: { url: 'javascript:alert(1)' } }, page],
    ['a message from a sub-frame', { name: 'pageMayBeRepublished', data: flagged }, { ...page, frameId: 3 }],
    ['a message from another extension', { name: 'pageMayBeRepublished', data: flagged }, { ...page, id: 'other' }],
    ['a content-script message from an extension page', { name: 'pageMayBeRepublished', data: flagged }, popup],
    ['a popup request from a web page', { name: 'getProvenance', data: { tabId: 7 } }, page],
    ['a report forged by a page', { name: 'reportImage', data: { tabId: 7, imageUrl: 'https://a.example/x.jpg', reason: 'other' } }, page],
    ['an undo forged by a page', { name: 'undoReport', data: { id: 1 } }, page],
    ['a page turning Upstream off on its own site', { name: 'setSiteDisabled', data: { tabId: 7, disabled: true } }, page],
    ['a find request for a javascript: link', { name: 'findOriginal', data: { url: 'javascript:alert(1)' } }, popup],
    ['a report with an unknown reason', { name: 'reportImage', data: { tabId: 7, imageUrl: 'https://a.example/x.jpg', reason: 'spam' } }, popup],
    ['a report of a javascript: image', { name: 'reportImage', data: { tabId: 7, imageUrl: 'javascript:alert(1)', reason: 'other' } }, popup],
    ['a report with a huge note', { name: 'reportImage', data: { tabId: 7, imageUrl: 'https://a.example/x.jpg', reason: 'other', note: 'x'.repeat(501) } }, popup],
    ['a string', 'getProvenance', popup],
    ['null', null, popup],
  ])('drops %s', async (_, message, sender) => {
    const routes = handlers();
    registerHandlers(routes);
    expect(await send(message, sender)).toBeUndefined();
    expect(routes.pageMayBeRepublished).not.toHaveBeenCalled();
    expect(routes.getProvenance).not.toHaveBeenCalled();
    expect(routes.reportImage).not.toHaveBeenCalled();
    expect(routes.undoReport).not.toHaveBeenCalled();
    expect(routes.setSiteDisabled).not.toHaveBeenCalled();
    expect(routes.findOriginal).not.toHaveBeenCalled();
  });
});
