import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Detection } from '../detect/types';
import { detectionSchema } from '../message-schemas';

const DETECTOR = '/detector.js';

/**
 * Runs the full `detect()` in the tab's top frame (the unlisted `detector` script) and returns
 * its result, validated: whatever runs in a page is untrusted. Null when the page is not a
 * copy, or cannot be scripted (a store page, a closed tab).
 */
export async function detectInTab(tabId: number): Promise<Detection | null> {
  let value: unknown;
  try {
    if (browser.scripting) {
      const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [DETECTOR] });
      value = first?.result;
    } else {
      // Firefox MV2 builds have no `scripting`; tabs.executeScript returns each frame's value.
      const [first] = (await browser.tabs.executeScript(tabId, { file: DETECTOR, frameId: 0 })) as unknown[];
      value = first;
    }
  } catch {
    return null;
  }
  const parsed = v.safeParse(detectionSchema, value);
  return parsed.success ? parsed.output : null;
}
