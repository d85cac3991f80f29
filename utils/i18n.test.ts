import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGES, localeFile } from '../scripts/write-locales.mjs';
import { uiDirection } from './i18n';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

// Under happy-dom import.meta.url is an http URL: paths come from __dirname.
const ROOT = resolve(__dirname, '..');
const LOCALES = join(ROOT, 'public/_locales');

const committedText = (lang: string) => readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8');
const committed = (lang: string) => new Map(Object.entries(JSON.parse(committedText(lang)) as Record<string, Message>));
const english = committed('en');
const others = LANGUAGES.filter((lang) => lang !== 'en');

/** `$VALUE$`-style placeholders of a message: those its text uses and those it declares. */
function placeholdersOf(message: Message): string[] {
  const used = [...message.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => (match[1] ?? '').toUpperCase());
  const declared = Object.keys(message.placeholders ?? {}).map((name) => name.toUpperCase());
  return [...new Set([...used, ...declared])].sort();
}

/** Every source file of the extension (not its tests) under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html|css|json)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The message keys a file names: `t('key')`, both keys of `t(cond ? 'a' : 'b')`, `__MSG_key__`. */
function keysNamedIn(text: string): string[] {
  const literal = [...text.matchAll(/\bt\(\s*(['"])([A-Za-z0-9_]+)\1/g)].map((match) => match[2] ?? '');
  const ternary = [...text.matchAll(/\bt\([^()'"]*\?\s*(['"])([A-Za-z0-9_]+)\1\s*:\s*(['"])([A-Za-z0-9_]+)\3/g)].flatMap((match) => [match[2] ?? '', match[4] ?? '']);
  // __MSG_@@…__ are the browser's own predefined messages.
  const manifest = [...text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1] ?? '');
  return [...literal, ...ternary, ...manifest];
}

describe('locales', () => {
  it('has the languages the generator writes', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(others)('%s has exactly the English keys', (lang) => {
    const keys = committed(lang);
    const missing = [...english.keys()].filter((key) => !keys.has(key));
    const extra = [...keys.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }, `public/_locales/${lang}/messages.json: add the missing keys to scripts/locales.source.mjs, then npm run locales`).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('%s keeps every placeholder of the English messages', (lang) => {
    const messages = committed(lang);
    const wrong = [...english].flatMap(([key, message]) => {
      const translated = messages.get(key);
      if (!translated) return [];
      const expected = placeholdersOf(message);
      const actual = placeholdersOf(translated);
      return expected.join() === actual.join() ? [] : [`${key}: English has [${expected.join(', ')}], ${lang} has [${actual.join(', ')}]`];
    });
    expect(wrong).toEqual([]);
  });

  it.each(LANGUAGES)('%s messages.json is what npm run locales writes', (lang) => {
    expect(committedText(lang), `public/_locales/${lang}/messages.json is stale: run npm run locales`).toBe(localeFile(lang));
  });

  it('knows every key the code and the manifest name', () => {
    const files = [...['entrypoints', 'components', 'utils'].flatMap((dir) => sourceFiles(join(ROOT, dir))), join(ROOT, 'wxt.config.ts')];
    const named = files.flatMap((file) => keysNamedIn(readFileSync(file, 'utf8')).map((key) => ({ key, file: relative(ROOT, file) })));
    // The scan must see the code's own calls, or it proves nothing.
    expect(named.map(({ key }) => key)).toEqual(expect.arrayContaining(['extName', 'actionTitle', 'openOriginal']));
    const unknown = named.filter(({ key }) => !english.has(key)).map(({ key, file }) => `${file}: ${key}`);
    expect(unknown).toEqual([]);
  });

  it('finds keys in every form the scan looks for', () => {
    expect(keysNamedIn(`t('a'); t("b", [x]); t(done ? 'c' : "d"); name: '__MSG_e__'; __MSG_@@bidi_dir__; split('f')`)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('UI direction', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Browsers answer @@bidi_dir themselves from the UI language; a locale file may not define it.
  it('is not set by any locale file', () => {
    for (const lang of LANGUAGES) expect(committed(lang).has('@@bidi_dir'), lang).toBe(false);
  });

  it('is rtl when the browser says the UI language is right-to-left (Arabic)', () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => (name === '@@bidi_dir' ? 'rtl' : ''));
    expect(uiDirection()).toBe('rtl');
    expect(getMessage).toHaveBeenCalledWith('@@bidi_dir');
  });

  it('is ltr for English, French and Spanish', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => (name === '@@bidi_dir' ? 'ltr' : ''));
    expect(uiDirection()).toBe('ltr');
  });
});
