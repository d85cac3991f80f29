import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { Detection } from '../detect/types';
import { detectionSchema } from '../message-schemas';
import { articleSchema } from '../verify/article-schema';
import type { ExtractedArticle } from '../verify/extract';

/**
 * Runs one of Upstream's unlisted scripts in the tab's top frame and returns its value,
 * validated against `schema`: whatever runs in a page is untrusted. Null when the page cannot
 * be scripted (a store page, a closed tab) or the value does not fit.
 */
export async function runInTab<T>(tabId: number, file: ScriptPublicPath, schema: v.GenericSchema<unknown, T>): Promise<T | null> {
  let value: unknown;
  try {
    if (browser.scripting) {
      const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
      value = first?.result;
    } else {
      // Firefox MV2 builds have no `scripting`; tabs.executeScript returns each frame's value.
      const [first] = (await browser.tabs.executeScript(tabId, { file, frameId: 0 })) as unknown[];
      value = first;
    }
  } catch {
    return null;
  }
  const parsed = v.safeParse(schema, value);
  return parsed.success ? parsed.output : null;
}

/** The full `detect()` run in the tab (the `detector` script): its Detection, or null. */
export function detectInTab(tabId: number): Promise<Detection | null> {
  return runInTab(tabId, '/detector.js', detectionSchema);
}

/** The copy's article, read in its tab by the `copy-text` script. */
export function readCopy(tabId: number): Promise<ExtractedArticle | null> {
  return runInTab(tabId, '/copy-text.js', articleSchema);
}
