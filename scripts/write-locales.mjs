// Writes public/_locales/<lang>/messages.json from scripts/locales.source.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { strings } from './locales.source.mjs';

export const LANGUAGES = ['en', 'fr', 'ar', 'es'];

/** The messages.json text of `lang`, as this script writes it. */
export function localeFile(lang) {
  const messages = {};
  for (const [key, texts] of Object.entries(strings)) {
    if (!texts[lang]) throw new Error(`${key} has no ${lang} text`);
    const message = { message: texts[lang] };
    // $1, $2 in a text become named placeholders, as the i18n API wants.
    for (const [index, name] of [[1, 'value'], [2, 'second']]) {
      if (!texts[lang].includes(`$${index}`)) continue;
      message.message = message.message.replaceAll(`$${index}`, `$${name.toUpperCase()}$`);
      message.placeholders = { ...message.placeholders, [name]: { content: `$${index}` } };
    }
    messages[key] = message;
  }
  return `${JSON.stringify(messages, null, 2)}\n`;
}

// Only when run as a script: the locale test imports localeFile to find stale output.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const lang of LANGUAGES) {
    mkdirSync(new URL(`../public/_locales/${lang}/`, import.meta.url), { recursive: true });
    writeFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), localeFile(lang));
  }
}
