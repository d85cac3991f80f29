import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ProvenancePanel } from './ProvenancePanel';
import type { ProvenanceView } from '@/utils/provenance/view';

function shown(view: ProvenanceView): HTMLElement {
  const root = document.createElement('div');
  render(<ProvenancePanel view={view} onRetry={() => undefined} />, root);
  return root;
}

describe('ProvenancePanel', () => {
  beforeEach(() => {
    // The fake browser has no i18n: answer nothing, so that each string shows as its key.
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  });

  it('never turns a claimed link that is not http(s) into a link', () => {
    const root = shown({
      tabId: 1,
      state: 'named',
      detection: { source: { name: 'Aldar' }, confidence: 0.9, signals: [{ kind: 'unsafe-link', evidence: 'javascript:alert(1)', weight: 0 }] },
    });
    expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
    // Page text is rendered as text.
    expect(root.textContent).toContain('javascript:alert(1)');
  });

  it('says an opaque Google News link needs the reader to open it, rather than "no usable link"', () => {
    const root = shown({
      tabId: 1,
      state: 'named',
      detection: { source: {}, confidence: 0.6, adapter: 'google-news', signals: [{ kind: 'site-adapter', evidence: 'Google News token … holds no URL', weight: 0.3 }] },
    });
    expect(root.textContent).toContain('stateNeedsNavigation');
    expect(root.textContent).not.toContain('stateNamed');
  });

  it('renders hostile page text as text, not markup', () => {
    const root = shown({
      tabId: 1,
      state: 'named',
      detection: { source: { name: '<img src=x onerror=alert(1)>' }, title: '<script>alert(1)</script>', confidence: 0.9, signals: [] },
    });
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
