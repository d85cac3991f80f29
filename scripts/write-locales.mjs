// Writes public/_locales/<lang>/messages.json from scripts/locales.source.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { strings } from './locales.source.mjs';

for (const lang of ['en', 'fr', 'ar', 'es']) {
  const messages = {};
  for (const [key, texts] of Object.entries(strings)) {
    if (!texts[lang]) throw new Error(`${key} has no ${lang} text`);
    const message = { message: texts[lang] };
    // $1 in a text becomes a named placeholder, as the i18n API wants.
    if (texts[lang].includes('$1')) {
      message.message = texts[lang].replaceAll('$1', '$VALUE$');
      message.placeholders = { value: { content: '$1' } };
    }
    messages[key] = message;
  }
  mkdirSync(new URL(`../public/_locales/${lang}/`, import.meta.url), { recursive: true });
  writeFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), `${JSON.stringify(messages, null, 2)}\n`);
}
