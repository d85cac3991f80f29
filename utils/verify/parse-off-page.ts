import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { detectionSchema } from '../message-schemas';
import { articleSchema } from './article-schema';
import type { ParseRequest } from './offscreen-protocol';
import { parseOriginal, type ParsedOriginal } from './parse-original';

const OFFSCREEN = '/offscreen.html';
const parsedSchema = v.object({ article: articleSchema, upstream: v.nullable(detectionSchema) });

let creating: Promise<void> | undefined;

async function ensureOffscreenDocument(): Promise<void> {
  const offscreen = browser.offscreen;
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts.length > 0) return;
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN, reasons: ['DOM_PARSER'], justification: 'Read the original article a page links to.' })
    .finally(() => (creating = undefined));
  await creating;
}

/**
 * Parses a fetched original off the page: directly where the background has a DOM (Firefox),
 * else in Chrome's offscreen document. Its answer is checked like any untrusted value.
 */
export async function parseOffPage(html: string, url: string): Promise<ParsedOriginal | null> {
  if (typeof DOMParser !== 'undefined') return parseOriginal(html, url);
  await ensureOffscreenDocument();
  const request: ParseRequest = { target: 'upstream-offscreen', html, url };
  const answer: unknown = await browser.runtime.sendMessage(request);
  const parsed = v.safeParse(parsedSchema, answer);
  return parsed.success ? parsed.output : null;
}
